/**
 * Errors for three audiences (after Ghost's error handling): a stable snake_case `code` for
 * programs and logs, an HTTP status, and a Vietnamese message that is safe to show a user.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class NotFoundError extends AppError {
  constructor(message = 'Không tìm thấy trang hoặc nội dung bạn yêu cầu.') {
    super('not_found', message, 404);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'Bạn không có quyền thực hiện thao tác này.') {
    super('forbidden', message, 403);
  }
}

export class UnauthenticatedError extends AppError {
  constructor() {
    super('unauthenticated', 'Vui lòng đăng nhập để tiếp tục.', 401);
  }
}

export class ConflictError extends AppError {
  constructor(message: string) {
    super('conflict', message, 409);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(message = 'Bạn đã thao tác quá nhiều lần. Vui lòng thử lại sau ít phút.') {
    super('too_many_requests', message, 429);
  }
}

/** Field messages keyed by field name, in the order the form shows them. */
export type FieldErrors = Record<string, string>;

/** Invalid input: the form is shown again with status 422, the messages and the user's input. */
export class ValidationError extends AppError {
  constructor(readonly fields: FieldErrors) {
    super('validation_failed', 'Dữ liệu nhập chưa hợp lệ. Vui lòng kiểm tra các mục được đánh dấu.', 422);
  }
}
