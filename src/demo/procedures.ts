/**
 * Demo procedures: the catalogue of a provincial Sở Thông tin và Truyền thông, 47 procedures in six
 * fields, 38 of them online "toàn trình" and 9 "một phần" — the figures the demo articles quote
 * ("Công khai 47 thủ tục hành chính…", src/demo/articles.ts), so the portal tells one story.
 *
 * The names follow the procedures such a department publishes, and the legal bases cite real
 * laws and decrees, but the CODES ARE ILLUSTRATIVE: they have the national format ("1.004227")
 * without being the official codes of these procedures; likewise the fees, the working days and
 * the links to the national portal. An agency replaces all of it by importing its own export
 * (README, "Importing procedures").
 */
import { crc32 } from 'node:zlib';
import type { Services } from '../services.js';
import { demoContext } from './guides.js';

type Online = 'full' | 'partial';

type DemoProcedure = {
  name: string;
  online: Online;
  days: number;
  /** Fee lines as the form takes them ("Khoản thu | số tiền"); none means no fee. */
  fees?: string[];
  components: string[];
  /** The first component's form template, drawn as a small DOCX. */
  template?: string;
  result: string;
  /** A procedure that needs an inspection on site (why it is only "một phần" online). */
  inspection?: boolean;
  notice?: boolean;
  conditions?: string[];
};

type DemoField = { name: string; codeBase: number; group: 1 | 2; legal: string[]; procedures: DemoProcedure[] };

const FIELDS: DemoField[] = [
  {
    name: 'Báo chí',
    codeBase: 4227,
    group: 1,
    legal: [
      'Luật Báo chí số 103/2016/QH13 ngày 05/4/2016',
      'Nghị định số 09/2017/NĐ-CP ngày 09/02/2017 quy định chi tiết việc phát ngôn và cung cấp thông tin cho báo chí của các cơ quan hành chính nhà nước',
      'Thông tư số 48/2016/TT-BTTTT ngày 26/12/2016 của Bộ trưởng Bộ Thông tin và Truyền thông',
    ],
    procedures: [
      {
        name: 'Cấp giấy phép xuất bản bản tin (địa phương)',
        online: 'full',
        days: 15,
        components: ['Tờ khai đề nghị cấp giấy phép xuất bản bản tin | 1', 'Bản sao quyết định thành lập hoặc giấy chứng nhận đăng ký doanh nghiệp | 1', 'Sơ yếu lý lịch của người chịu trách nhiệm xuất bản bản tin | 1', 'Mẫu trình bày tên gọi và hình thức trang bìa bản tin | 1'],
        template: 'Tờ khai đề nghị cấp giấy phép xuất bản bản tin',
        result: 'Giấy phép xuất bản bản tin',
        conditions: ['Có tôn chỉ, mục đích, đối tượng phục vụ phù hợp với chức năng, nhiệm vụ của cơ quan, tổ chức', 'Có người chịu trách nhiệm xuất bản bản tin và địa chỉ trụ sở rõ ràng'],
      },
      {
        name: 'Văn bản chấp thuận thay đổi nội dung ghi trong giấy phép xuất bản bản tin',
        online: 'full',
        days: 7,
        components: ['Văn bản đề nghị thay đổi nội dung giấy phép | 1', 'Bản sao giấy phép xuất bản bản tin đã được cấp | 1'],
        template: 'Văn bản đề nghị thay đổi nội dung giấy phép',
        result: 'Văn bản chấp thuận thay đổi nội dung giấy phép xuất bản bản tin',
      },
      {
        name: 'Cấp lại giấy phép xuất bản bản tin khi bị mất hoặc hư hỏng',
        online: 'full',
        days: 5,
        components: ['Văn bản đề nghị cấp lại giấy phép, nêu rõ lý do | 1', 'Giấy phép bị hư hỏng (nếu có) | 1'],
        result: 'Giấy phép xuất bản bản tin (cấp lại)',
      },
      {
        name: 'Cấp giấy phép xuất bản đặc san (địa phương)',
        online: 'full',
        days: 10,
        components: ['Tờ khai đề nghị cấp giấy phép xuất bản đặc san | 1', 'Maket trang bìa và nội dung dự kiến của đặc san | 1'],
        template: 'Tờ khai đề nghị cấp giấy phép xuất bản đặc san',
        result: 'Giấy phép xuất bản đặc san',
      },
      {
        name: 'Cho phép họp báo (trong nước)',
        online: 'full',
        days: 2,
        notice: true,
        components: ['Văn bản thông báo họp báo, nêu rõ nội dung, thời gian, địa điểm, người chủ trì | 1', 'Nội dung thông cáo báo chí | 1'],
        template: 'Văn bản thông báo họp báo',
        result: 'Văn bản chấp thuận họp báo hoặc văn bản trả lời không đồng ý, nêu rõ lý do',
      },
      {
        name: 'Cho phép họp báo (nước ngoài)',
        online: 'partial',
        days: 2,
        notice: true,
        components: ['Văn bản đề nghị tổ chức họp báo | 1', 'Nội dung thông cáo báo chí bằng tiếng Việt và tiếng nước ngoài | 1', 'Danh sách khách mời, phóng viên dự kiến tham dự | 1'],
        result: 'Văn bản chấp thuận họp báo',
      },
      {
        name: 'Trưng bày tranh, ảnh và các hình thức thông tin khác bên ngoài trụ sở cơ quan đại diện nước ngoài, tổ chức nước ngoài',
        online: 'partial',
        days: 7,
        inspection: true,
        components: ['Văn bản đề nghị, nêu rõ nội dung, hình thức, thời gian và địa điểm trưng bày | 1', 'Ảnh chụp, bản mẫu tranh, ảnh dự kiến trưng bày | 1'],
        result: 'Văn bản chấp thuận việc trưng bày',
      },
      {
        name: 'Thông báo mở văn phòng đại diện của cơ quan báo chí tại địa phương',
        online: 'full',
        days: 5,
        notice: true,
        components: ['Văn bản thông báo mở văn phòng đại diện | 1', 'Bản sao quyết định thành lập văn phòng đại diện của cơ quan báo chí | 1'],
        result: 'Văn bản xác nhận đã nhận thông báo',
      },
      {
        name: 'Thông báo thay đổi trưởng văn phòng đại diện, phóng viên thường trú của cơ quan báo chí',
        online: 'full',
        days: 5,
        notice: true,
        components: ['Văn bản thông báo thay đổi | 1', 'Sơ yếu lý lịch và bản sao thẻ nhà báo của người được cử | 1'],
        result: 'Văn bản xác nhận đã nhận thông báo',
      },
      {
        name: 'Thông báo thay đổi địa chỉ trụ sở văn phòng đại diện của cơ quan báo chí',
        online: 'full',
        days: 5,
        notice: true,
        components: ['Văn bản thông báo thay đổi địa chỉ trụ sở | 1'],
        result: 'Văn bản xác nhận đã nhận thông báo',
      },
      {
        name: 'Thông báo chấm dứt hoạt động văn phòng đại diện của cơ quan báo chí',
        online: 'full',
        days: 5,
        notice: true,
        components: ['Văn bản thông báo chấm dứt hoạt động văn phòng đại diện | 1'],
        result: 'Văn bản xác nhận đã nhận thông báo',
      },
    ],
  },
  {
    name: 'Xuất bản, in và phát hành',
    codeBase: 1612,
    group: 1,
    legal: [
      'Luật Xuất bản số 19/2012/QH13 ngày 20/11/2012',
      'Nghị định số 195/2013/NĐ-CP ngày 21/11/2013 quy định chi tiết một số điều và biện pháp thi hành Luật Xuất bản',
      'Nghị định số 60/2014/NĐ-CP ngày 19/6/2014 quy định về hoạt động in',
      'Nghị định số 25/2018/NĐ-CP ngày 28/02/2018 sửa đổi, bổ sung một số điều của Nghị định số 60/2014/NĐ-CP',
      'Thông tư số 01/2020/TT-BTTTT ngày 07/02/2020 của Bộ trưởng Bộ Thông tin và Truyền thông',
    ],
    procedures: [
      {
        name: 'Cấp giấy phép hoạt động in',
        online: 'partial',
        days: 15,
        inspection: true,
        fees: ['Phí thẩm định điều kiện hoạt động cơ sở in | 1.500.000'],
        components: ['Đơn đề nghị cấp giấy phép hoạt động in | 1', 'Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập | 1', 'Bản sao giấy tờ chứng minh quyền sử dụng hợp pháp mặt bằng sản xuất | 1', 'Danh mục thiết bị in kèm bản sao giấy tờ sở hữu | 1'],
        template: 'Đơn đề nghị cấp giấy phép hoạt động in',
        result: 'Giấy phép hoạt động in',
        conditions: ['Có thiết bị in phù hợp với công đoạn in đăng ký', 'Có mặt bằng sản xuất hợp pháp, bảo đảm điều kiện về an ninh, trật tự, vệ sinh môi trường', 'Người đứng đầu có trình độ chuyên môn về in hoặc đã qua lớp bồi dưỡng nghiệp vụ quản lý hoạt động in'],
      },
      {
        name: 'Cấp lại giấy phép hoạt động in',
        online: 'full',
        days: 7,
        components: ['Đơn đề nghị cấp lại giấy phép hoạt động in, nêu rõ lý do | 1', 'Giấy phép bị hư hỏng (nếu có) | 1'],
        template: 'Đơn đề nghị cấp lại giấy phép hoạt động in',
        result: 'Giấy phép hoạt động in (cấp lại)',
      },
      {
        name: 'Cấp đổi giấy phép hoạt động in khi thay đổi thông tin',
        online: 'full',
        days: 7,
        components: ['Đơn đề nghị cấp đổi giấy phép hoạt động in | 1', 'Giấy tờ chứng minh nội dung thay đổi | 1'],
        result: 'Giấy phép hoạt động in (cấp đổi)',
      },
      {
        name: 'Cấp giấy phép hoạt động in xuất bản phẩm',
        online: 'partial',
        days: 15,
        inspection: true,
        fees: ['Phí thẩm định điều kiện hoạt động cơ sở in xuất bản phẩm | 1.500.000'],
        components: ['Đơn đề nghị cấp giấy phép hoạt động in xuất bản phẩm | 1', 'Bản sao giấy chứng nhận đăng ký doanh nghiệp | 1', 'Danh sách thiết bị in và giấy tờ chứng minh quyền sở hữu | 1', 'Bản sao văn bằng hoặc giấy chứng nhận bồi dưỡng nghiệp vụ của người đứng đầu | 1'],
        template: 'Đơn đề nghị cấp giấy phép hoạt động in xuất bản phẩm',
        result: 'Giấy phép hoạt động in xuất bản phẩm',
      },
      {
        name: 'Đăng ký hoạt động cơ sở in',
        online: 'full',
        days: 5,
        components: ['Tờ khai đăng ký hoạt động cơ sở in | 1', 'Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc giấy chứng nhận đăng ký hộ kinh doanh | 1'],
        template: 'Tờ khai đăng ký hoạt động cơ sở in',
        result: 'Giấy xác nhận đăng ký hoạt động cơ sở in',
      },
      {
        name: 'Thay đổi thông tin đăng ký hoạt động cơ sở in',
        online: 'full',
        days: 5,
        components: ['Tờ khai thay đổi thông tin đăng ký hoạt động cơ sở in | 1', 'Giấy tờ chứng minh thông tin thay đổi | 1'],
        result: 'Giấy xác nhận thay đổi thông tin đăng ký hoạt động cơ sở in',
      },
      {
        name: 'Đăng ký sử dụng máy photocopy màu, máy in có chức năng photocopy màu',
        online: 'full',
        days: 3,
        components: ['Tờ khai đăng ký sử dụng máy photocopy màu | 1', 'Bản sao giấy tờ chứng minh nguồn gốc hợp pháp của máy | 1'],
        template: 'Tờ khai đăng ký sử dụng máy photocopy màu',
        result: 'Giấy xác nhận đăng ký sử dụng máy photocopy màu',
      },
      {
        name: 'Thay đổi thông tin đăng ký sử dụng máy photocopy màu, máy in có chức năng photocopy màu',
        online: 'full',
        days: 3,
        components: ['Tờ khai thay đổi thông tin đăng ký | 1'],
        result: 'Giấy xác nhận thay đổi thông tin đăng ký',
      },
      {
        name: 'Chuyển nhượng máy photocopy màu, máy in có chức năng photocopy màu',
        online: 'full',
        days: 3,
        components: ['Văn bản thông báo chuyển nhượng máy | 1', 'Bản sao hợp đồng chuyển nhượng | 1'],
        result: 'Văn bản xác nhận việc chuyển nhượng',
      },
      {
        name: 'Cấp giấy phép xuất bản tài liệu không kinh doanh',
        online: 'full',
        days: 10,
        fees: ['Phí thẩm định nội dung tài liệu | 20.000'],
        components: ['Đơn đề nghị cấp giấy phép xuất bản tài liệu không kinh doanh | 1', 'Bản thảo tài liệu (bản điện tử hoặc bản in) | 2', 'Bản sao quyết định thành lập của cơ quan, tổ chức | 1'],
        template: 'Đơn đề nghị cấp giấy phép xuất bản tài liệu không kinh doanh',
        result: 'Giấy phép xuất bản tài liệu không kinh doanh',
      },
      {
        name: 'Cấp giấy phép nhập khẩu xuất bản phẩm không kinh doanh',
        online: 'full',
        days: 5,
        components: ['Đơn đề nghị cấp giấy phép nhập khẩu xuất bản phẩm | 1', 'Danh mục xuất bản phẩm nhập khẩu | 3'],
        result: 'Giấy phép nhập khẩu xuất bản phẩm không kinh doanh',
      },
      {
        name: 'Cấp giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm',
        online: 'full',
        days: 10,
        components: ['Đơn đề nghị cấp giấy xác nhận đăng ký hoạt động phát hành | 1', 'Bản sao giấy chứng nhận đăng ký doanh nghiệp | 1', 'Văn bằng hoặc giấy chứng nhận bồi dưỡng nghiệp vụ phát hành xuất bản phẩm của người đứng đầu | 1'],
        template: 'Đơn đề nghị cấp giấy xác nhận đăng ký hoạt động phát hành',
        result: 'Giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm',
      },
      {
        name: 'Cấp lại giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm',
        online: 'full',
        days: 7,
        components: ['Đơn đề nghị cấp lại, nêu rõ lý do | 1'],
        result: 'Giấy xác nhận đăng ký hoạt động phát hành xuất bản phẩm (cấp lại)',
      },
      {
        name: 'Cấp giấy phép tổ chức triển lãm, hội chợ xuất bản phẩm',
        online: 'partial',
        days: 10,
        inspection: true,
        components: ['Đơn đề nghị cấp giấy phép tổ chức triển lãm, hội chợ | 1', 'Danh mục xuất bản phẩm tham gia triển lãm, hội chợ | 2', 'Sơ đồ bố trí gian hàng | 1'],
        result: 'Giấy phép tổ chức triển lãm, hội chợ xuất bản phẩm',
      },
      {
        name: 'Cấp giấy phép nhập khẩu thiết bị in',
        online: 'full',
        days: 5,
        components: ['Đơn đề nghị cấp giấy phép nhập khẩu thiết bị in | 1', 'Catalogue hoặc tài liệu kỹ thuật của thiết bị | 1', 'Bản sao giấy phép hoạt động in | 1'],
        result: 'Giấy phép nhập khẩu thiết bị in',
      },
      {
        name: 'Cấp giấy phép in gia công xuất bản phẩm cho nước ngoài',
        online: 'full',
        days: 7,
        components: ['Đơn đề nghị cấp giấy phép in gia công | 1', 'Bản mẫu xuất bản phẩm đặt in gia công | 2', 'Bản sao hợp đồng in gia công | 1'],
        result: 'Giấy phép in gia công xuất bản phẩm cho nước ngoài',
      },
    ],
  },
  {
    name: 'Bưu chính',
    codeBase: 2883,
    group: 2,
    legal: [
      'Luật Bưu chính số 49/2010/QH12 ngày 17/6/2010',
      'Nghị định số 47/2011/NĐ-CP ngày 17/6/2011 quy định chi tiết thi hành một số nội dung của Luật Bưu chính',
      'Nghị định số 25/2022/NĐ-CP ngày 12/4/2022 sửa đổi, bổ sung một số điều của Nghị định số 47/2011/NĐ-CP',
      'Thông tư số 291/2016/TT-BTC ngày 15/11/2016 của Bộ trưởng Bộ Tài chính về phí thẩm định điều kiện hoạt động bưu chính',
    ],
    procedures: [
      {
        name: 'Cấp giấy phép bưu chính',
        online: 'full',
        days: 10,
        fees: ['Phí thẩm định điều kiện hoạt động bưu chính (phạm vi nội tỉnh) | 10.000.000'],
        components: ['Đơn đề nghị cấp giấy phép bưu chính | 1', 'Bản sao giấy chứng nhận đăng ký doanh nghiệp | 1', 'Phương án kinh doanh | 1', 'Mẫu hợp đồng cung ứng và sử dụng dịch vụ bưu chính | 1', 'Bảng giá cước dịch vụ và mức giới hạn trách nhiệm bồi thường | 1'],
        template: 'Đơn đề nghị cấp giấy phép bưu chính',
        result: 'Giấy phép bưu chính',
        conditions: ['Có giấy chứng nhận đăng ký doanh nghiệp có ngành nghề kinh doanh dịch vụ bưu chính', 'Đáp ứng điều kiện về tài chính, nhân sự phù hợp với phương án kinh doanh'],
      },
      {
        name: 'Sửa đổi, bổ sung giấy phép bưu chính',
        online: 'full',
        days: 10,
        fees: ['Phí thẩm định điều kiện hoạt động bưu chính khi sửa đổi, bổ sung | 5.000.000'],
        components: ['Đơn đề nghị sửa đổi, bổ sung giấy phép bưu chính | 1', 'Tài liệu liên quan đến nội dung sửa đổi, bổ sung | 1'],
        result: 'Giấy phép bưu chính (sửa đổi, bổ sung)',
      },
      {
        name: 'Cấp lại giấy phép bưu chính khi hết hạn',
        online: 'full',
        days: 10,
        fees: ['Phí thẩm định điều kiện hoạt động bưu chính | 10.000.000'],
        components: ['Đơn đề nghị cấp lại giấy phép bưu chính | 1', 'Báo cáo tình hình hoạt động bưu chính trong thời gian được cấp phép | 1'],
        result: 'Giấy phép bưu chính (cấp lại)',
      },
      {
        name: 'Cấp văn bản xác nhận thông báo hoạt động bưu chính',
        online: 'full',
        days: 7,
        fees: ['Phí thẩm định hồ sơ thông báo hoạt động bưu chính | 2.000.000'],
        components: ['Văn bản thông báo hoạt động bưu chính | 1', 'Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc văn phòng đại diện | 1', 'Mẫu hợp đồng và bảng giá cước dịch vụ | 1'],
        template: 'Văn bản thông báo hoạt động bưu chính',
        result: 'Văn bản xác nhận thông báo hoạt động bưu chính',
      },
      {
        name: 'Cấp lại văn bản xác nhận thông báo hoạt động bưu chính khi bị mất hoặc hư hỏng',
        online: 'full',
        days: 5,
        components: ['Văn bản đề nghị cấp lại, nêu rõ lý do | 1'],
        result: 'Văn bản xác nhận thông báo hoạt động bưu chính (cấp lại)',
      },
    ],
  },
  {
    name: 'Viễn thông và Internet',
    codeBase: 5403,
    group: 1,
    legal: ['Luật Viễn thông số 24/2023/QH15 ngày 24/11/2023', 'Quyết định của Ủy ban nhân dân tỉnh ban hành quy định quản lý hạ tầng kỹ thuật viễn thông thụ động trên địa bàn tỉnh'],
    procedures: [
      {
        name: 'Thỏa thuận vị trí xây dựng cột ăng-ten thu, phát sóng thông tin di động',
        online: 'partial',
        days: 10,
        inspection: true,
        components: ['Văn bản đề nghị thỏa thuận vị trí | 1', 'Bản vẽ vị trí, sơ đồ mặt bằng công trình | 1', 'Giấy tờ về quyền sử dụng đất hoặc hợp đồng thuê địa điểm | 1'],
        result: 'Văn bản thỏa thuận vị trí xây dựng công trình',
      },
      {
        name: 'Đăng ký cung cấp dịch vụ tại điểm truy nhập Internet công cộng',
        online: 'full',
        days: 5,
        components: ['Tờ khai đăng ký điểm truy nhập Internet công cộng | 1', 'Bản sao giấy chứng nhận đăng ký hộ kinh doanh hoặc doanh nghiệp | 1'],
        template: 'Tờ khai đăng ký điểm truy nhập Internet công cộng',
        result: 'Giấy xác nhận đăng ký',
      },
      {
        name: 'Báo cáo cập nhật danh mục công trình hạ tầng kỹ thuật viễn thông thụ động',
        online: 'full',
        days: 5,
        notice: true,
        components: ['Báo cáo danh mục công trình theo mẫu | 1'],
        result: 'Văn bản xác nhận đã nhận báo cáo',
      },
      {
        name: 'Thông báo sử dụng chung cơ sở hạ tầng kỹ thuật viễn thông thụ động',
        online: 'full',
        days: 5,
        notice: true,
        components: ['Văn bản thông báo sử dụng chung | 1', 'Bản sao hợp đồng sử dụng chung giữa các doanh nghiệp | 1'],
        result: 'Văn bản xác nhận đã nhận thông báo',
      },
    ],
  },
  {
    name: 'Phát thanh, truyền hình và thông tin điện tử',
    codeBase: 3141,
    group: 1,
    legal: [
      'Nghị định số 147/2024/NĐ-CP ngày 09/11/2024 về quản lý, cung cấp, sử dụng dịch vụ Internet và thông tin trên mạng',
      'Nghị định số 06/2016/NĐ-CP ngày 18/01/2016 về quản lý, cung cấp và sử dụng dịch vụ phát thanh, truyền hình',
    ],
    procedures: [
      {
        name: 'Cấp giấy phép thiết lập trang thông tin điện tử tổng hợp',
        online: 'full',
        days: 10,
        components: ['Đơn đề nghị cấp giấy phép thiết lập trang thông tin điện tử tổng hợp | 1', 'Bản sao giấy chứng nhận đăng ký doanh nghiệp hoặc quyết định thành lập | 1', 'Đề án hoạt động, có chữ ký và đóng dấu của người đứng đầu | 1', 'Văn bản chấp thuận của các nguồn tin để bảo đảm tính hợp pháp của nguồn tin | 1'],
        template: 'Đơn đề nghị cấp giấy phép thiết lập trang thông tin điện tử tổng hợp',
        result: 'Giấy phép thiết lập trang thông tin điện tử tổng hợp',
        conditions: ['Có tên miền sử dụng dịch vụ của nhà đăng ký tên miền tại Việt Nam', 'Có nhân sự quản lý nội dung thông tin và biện pháp bảo đảm an toàn thông tin'],
      },
      {
        name: 'Sửa đổi, bổ sung giấy phép thiết lập trang thông tin điện tử tổng hợp',
        online: 'full',
        days: 7,
        components: ['Văn bản đề nghị sửa đổi, bổ sung giấy phép | 1', 'Tài liệu chứng minh nội dung sửa đổi, bổ sung | 1'],
        result: 'Giấy phép thiết lập trang thông tin điện tử tổng hợp (sửa đổi, bổ sung)',
      },
      {
        name: 'Gia hạn giấy phép thiết lập trang thông tin điện tử tổng hợp',
        online: 'full',
        days: 5,
        components: ['Văn bản đề nghị gia hạn giấy phép | 1'],
        result: 'Giấy phép thiết lập trang thông tin điện tử tổng hợp (gia hạn)',
      },
      {
        name: 'Cấp lại giấy phép thiết lập trang thông tin điện tử tổng hợp',
        online: 'full',
        days: 5,
        components: ['Văn bản đề nghị cấp lại giấy phép, nêu rõ lý do | 1'],
        result: 'Giấy phép thiết lập trang thông tin điện tử tổng hợp (cấp lại)',
      },
      {
        name: 'Cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
        online: 'partial',
        days: 10,
        inspection: true,
        components: ['Đơn đề nghị cấp giấy chứng nhận | 1', 'Bản sao giấy chứng nhận đăng ký hộ kinh doanh hoặc doanh nghiệp | 1', 'Sơ đồ mặt bằng điểm cung cấp dịch vụ | 1'],
        template: 'Đơn đề nghị cấp giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
        result: 'Giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
        conditions: ['Điểm cung cấp dịch vụ cách cổng trường tiểu học, trung học cơ sở, trung học phổ thông từ 200 m trở lên', 'Tổng diện tích phòng máy từ 50 m² trở lên (khu vực đô thị loại đặc biệt, loại I, II, III)'],
      },
      {
        name: 'Sửa đổi, bổ sung giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
        online: 'full',
        days: 5,
        components: ['Đơn đề nghị sửa đổi, bổ sung giấy chứng nhận | 1'],
        result: 'Giấy chứng nhận (sửa đổi, bổ sung)',
      },
      {
        name: 'Gia hạn giấy chứng nhận đủ điều kiện hoạt động điểm cung cấp dịch vụ trò chơi điện tử công cộng',
        online: 'full',
        days: 5,
        components: ['Đơn đề nghị gia hạn giấy chứng nhận | 1'],
        result: 'Giấy chứng nhận (gia hạn)',
      },
      {
        name: 'Cấp giấy chứng nhận đăng ký thu tín hiệu truyền hình nước ngoài trực tiếp từ vệ tinh',
        online: 'partial',
        days: 10,
        inspection: true,
        components: ['Tờ khai đăng ký thu tín hiệu truyền hình nước ngoài trực tiếp từ vệ tinh | 1', 'Danh mục kênh chương trình đăng ký thu | 1'],
        result: 'Giấy chứng nhận đăng ký thu tín hiệu truyền hình nước ngoài trực tiếp từ vệ tinh',
      },
    ],
  },
  {
    name: 'Công nghệ thông tin, điện tử',
    codeBase: 8095,
    group: 1,
    legal: ['Luật Công nghệ thông tin số 67/2006/QH11 ngày 29/6/2006', 'Nghị định số 71/2007/NĐ-CP ngày 03/5/2007 quy định chi tiết và hướng dẫn thực hiện một số điều của Luật Công nghệ thông tin về công nghiệp công nghệ thông tin'],
    procedures: [
      {
        name: 'Xác nhận doanh nghiệp hoạt động sản xuất sản phẩm phần mềm',
        online: 'full',
        days: 7,
        components: ['Văn bản đề nghị xác nhận | 1', 'Bản mô tả quy trình sản xuất sản phẩm phần mềm của doanh nghiệp | 1'],
        result: 'Văn bản xác nhận doanh nghiệp hoạt động sản xuất sản phẩm phần mềm',
      },
      {
        name: 'Đề nghị cấp chứng thư chữ ký số chuyên dùng cho cán bộ, công chức',
        online: 'full',
        days: 3,
        components: ['Văn bản đề nghị của cơ quan quản lý trực tiếp | 1', 'Danh sách cán bộ, công chức đề nghị cấp chứng thư số | 1'],
        template: 'Văn bản đề nghị cấp chứng thư chữ ký số chuyên dùng',
        result: 'Chứng thư chữ ký số chuyên dùng',
      },
      {
        name: 'Cấp giấy xác nhận sản phẩm công nghệ thông tin được sản xuất trong nước',
        online: 'partial',
        days: 15,
        inspection: true,
        components: ['Văn bản đề nghị xác nhận | 1', 'Hồ sơ kỹ thuật của sản phẩm | 1', 'Tài liệu chứng minh quy trình sản xuất tại Việt Nam | 1'],
        result: 'Giấy xác nhận sản phẩm công nghệ thông tin được sản xuất trong nước',
      },
    ],
  },
];

const pad2 = (n: number) => String(n).padStart(2, '0');

/** An illustrative code in the national format, the same every time the demo loads. */
const codeOf = (field: DemoField, index: number) => `${field.group}.${String(field.codeBase + index * 37).padStart(6, '0')}`;

function stepsOf(p: DemoProcedure, agency: string): string[] {
  const check = `Bộ phận Một cửa kiểm tra thành phần hồ sơ; hồ sơ chưa đầy đủ được hướng dẫn bổ sung một lần, bằng văn bản hoặc thông báo trên Cổng Dịch vụ công quốc gia.`;
  const submit = 'Tổ chức, cá nhân chuẩn bị hồ sơ và nộp trực tuyến trên Cổng Dịch vụ công quốc gia, nộp trực tiếp hoặc qua dịch vụ bưu chính công ích tại Bộ phận Một cửa của Sở.';
  if (p.notice) {
    return [submit, check, `Phòng chuyên môn xem xét nội dung, trình lãnh đạo ${agency} ký văn bản trả lời.`, 'Tổ chức, cá nhân nhận kết quả bản điện tử trên Cổng Dịch vụ công quốc gia hoặc tại Bộ phận Một cửa.'];
  }
  return [
    submit,
    check,
    p.inspection
      ? 'Phòng chuyên môn thẩm định hồ sơ và hẹn lịch kiểm tra thực tế tại cơ sở; việc kiểm tra được lập biên bản có chữ ký của hai bên.'
      : 'Phòng chuyên môn thẩm định hồ sơ, đối chiếu với điều kiện theo quy định.',
    `Lãnh đạo ${agency} xem xét, ký số kết quả; trường hợp không chấp thuận, Sở trả lời bằng văn bản và nêu rõ lý do.`,
    p.online === 'full'
      ? 'Tổ chức, cá nhân nhận kết quả bản điện tử trên Cổng Dịch vụ công quốc gia, qua dịch vụ bưu chính công ích hoặc tại Bộ phận Một cửa.'
      : 'Tổ chức, cá nhân nhận kết quả bản chính tại Bộ phận Một cửa hoặc qua dịch vụ bưu chính công ích; bản điện tử được gửi về tài khoản trên Cổng Dịch vụ công quốc gia.',
  ];
}

/**
 * The smallest Word document Word opens: a stored (uncompressed) zip with the content types,
 * the package relationship and one document part. Enough for a demo form template.
 */
export function tinyDocx(paragraphs: string[]): Buffer {
  const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const body = paragraphs
    .map((p, i) => `<w:p>${i === 0 ? '<w:pPr><w:jc w:val="center"/></w:pPr>' : ''}<w:r>${i === 0 ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escape(p)}</w:t></w:r></w:p>`)
    .join('');
  const files: [string, string][] = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ],
    ['word/document.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`],
  ];
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of files) {
    const data = Buffer.from(text, 'utf8');
    const nameBytes = Buffer.from(name, 'utf8');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function templateOf(title: string, agency: string, place: string) {
  return tinyDocx([
    'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    'Độc lập - Tự do - Hạnh phúc',
    '',
    title.toUpperCase(),
    `Kính gửi: ${agency} tỉnh ${place}`,
    'Tên tổ chức, cá nhân đề nghị: ……………………………………………',
    'Địa chỉ: ……………………………………………………………………',
    'Số điện thoại: ………………………  Thư điện tử: ………………………',
    'Nội dung đề nghị: ……………………………………………………………',
    'Chúng tôi cam kết chịu trách nhiệm về tính chính xác của thông tin kê khai.',
    `……, ngày …… tháng …… năm ……`,
    'NGƯỜI ĐỀ NGHỊ (ký, ghi rõ họ tên, đóng dấu nếu có)',
  ]);
}

export const DEMO_PROCEDURE_COUNT = FIELDS.reduce((n, f) => n + f.procedures.length, 0);

/** The catalogue as the back office would receive it, as form inputs (what `procedures.create` takes). */
export function demoProcedureInputs(agency: { name: string; address: string; placeName: string }) {
  return FIELDS.flatMap((field) =>
    field.procedures.map((p, index) => {
      const code = codeOf(field, index);
      const time = `${pad2(p.days)} ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ${p.inspection ? ' (bao gồm thời gian kiểm tra thực tế)' : ''}.`;
      return {
        template: p.template ? { component: p.template, data: templateOf(p.template, agency.name, agency.placeName), fileName: `${p.template}.docx` } : null,
        input: {
          code,
          name: p.name,
          field: field.name,
          levels: 'province',
          agency: `${agency.name} tỉnh ${agency.placeName}`,
          onlineLevel: p.online,
          onlineUrl: `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${code}`,
          processingTime: time,
          fees: (p.fees ?? []).join('\n'),
          components: p.components.join('\n'),
          steps: stepsOf(p, agency.name).join('\n'),
          submission: [
            `Trực tiếp tại Bộ phận Một cửa của ${agency.name}${agency.address ? ` (${agency.address})` : ''}, trong giờ hành chính các ngày làm việc.`,
            `Trực tuyến ${p.online === 'full' ? 'toàn trình' : 'một phần'} trên Cổng Dịch vụ công quốc gia (https://dichvucong.gov.vn).`,
            'Qua dịch vụ bưu chính công ích.',
          ].join('\n'),
          conditions: (p.conditions ?? []).join('\n'),
          legalBasis: field.legal.join('\n'),
          result: p.result,
        },
      };
    }),
  );
}

/** Loads the catalogue into the agency's back office as its approver would, with the form templates. */
export async function loadDemoProcedures(services: Services, agencyId: number) {
  const ctx = await demoContext(services, 'chanhvanphong@demo.cchc.vn');
  const organization = (await services.organizations.options()).find((o) => o.id === agencyId);
  if (!organization) throw new Error(`Không có cơ quan #${agencyId}`);
  const agency = { name: organization.name, address: organization.address, placeName: organization.placeName };
  for (const { input, template } of demoProcedureInputs(agency)) {
    const id = await services.procedures.create(ctx, input);
    if (!template) continue;
    const procedure = await services.procedures.get(ctx, id);
    const component = procedure.components.find((c) => c.name.startsWith(template.component));
    if (component) await services.procedures.setTemplate(ctx, id, component.id, { data: template.data, fileName: template.fileName });
  }
}
