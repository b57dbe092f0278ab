
export const MIN_PASSWORD_LENGTH = 10;

/**
 * The most common passwords of leaked lists, plus Vietnamese favourites. A password is refused
 * when its lower-cased form is here or is only one repeated character.
 */
const COMMON = new Set([
  '123456789012', '1234567890', '12345678910', '0123456789', '1111111111', '1234512345', '1q2w3e4r5t',
  'qwertyuiop', 'password12', 'password123', 'password1234', 'passw0rd123', 'iloveyou12', 'abc1234567',
  'abcd123456', 'abcdefghij', 'admin12345', 'administrator', 'welcome123', 'qwerty1234', 'qwerty12345',
  'zaq12wsxcde', 'matkhau123', 'matkhau1234', 'matkhaumoi', 'vietnam123', 'vietnam1234', 'anhyeuem123',
  'emyeuanh123', 'hanoi12345', 'saigon12345', 'cchc123456', 'congchuc123', 'changeme123', 'letmein1234',
]);

export function passwordProblem(password: string): string | null {
  if (password.length < MIN_PASSWORD_LENGTH) return `Mật khẩu phải có ít nhất ${MIN_PASSWORD_LENGTH} ký tự.`;
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || /^(.)\1+$/.test(password) || /^(0123456789|1234567890)+\d*$/.test(password)) {
    return 'Mật khẩu này quá phổ biến, dễ bị đoán. Vui lòng chọn mật khẩu khác.';
  }
  return null;
}

/** The native argon2 module is loaded with the first password checked: starting the app does not pay for it. */
const argon2 = () => import('@node-rs/argon2');

// argon2id with the library's defaults (m=19 MiB, t=2, p=1), the OWASP baseline.
export const hashPassword = async (password: string) => (await argon2()).hash(password);

export async function verifyPassword(passwordHash: string | null, password: string): Promise<boolean> {
  if (!passwordHash) return false;
  try {
    return await (await argon2()).verify(passwordHash, password);
  } catch {
    return false;
  }
}
