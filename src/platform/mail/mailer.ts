import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type Nodemailer from 'nodemailer';

export type MailMessage = { to: string; subject: string; text: string; html?: string };

export type Mailer = { send(message: MailMessage): Promise<void>; describe(): string };

/**
 * SMTP when SMTP_URL is set; otherwise every message is rendered by nodemailer itself and
 * written as an .eml file (open it in any mail client), so development mail is real mail.
 */
/** nodemailer is loaded with the first mail: starting the app does not pay for it. */
function lazyTransport(...options: Parameters<typeof Nodemailer.createTransport>) {
  let transport: ReturnType<typeof Nodemailer.createTransport> | undefined;
  return () => (transport ??= (createRequire(import.meta.url)('nodemailer') as typeof Nodemailer).createTransport(...options));
}

export function createMailer(options: { smtpUrl: string | null; mailDir: string; from: string }): Mailer {
  if (options.smtpUrl) {
    const transport = lazyTransport(options.smtpUrl);
    return {
      async send(message) {
        await transport().sendMail({ from: options.from, ...message });
      },
      describe: () => `SMTP ${new URL(options.smtpUrl!).host}`,
    };
  }
  const transport = lazyTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    async send(message) {
      const info = await transport().sendMail({ from: options.from, ...message });
      await mkdir(options.mailDir, { recursive: true });
      const name = `${new Date().toISOString().replace(/[:.]/g, '-')}-${info.messageId.replace(/[^a-zA-Z0-9]/g, '').slice(0, 24)}.eml`;
      await writeFile(join(options.mailDir, name), info.message as Buffer);
    },
    describe: () => `tệp .eml trong ${options.mailDir}`,
  };
}
