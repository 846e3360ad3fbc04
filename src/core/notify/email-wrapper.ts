// The whole email document in GOV.UK Notify's look, written for Tenant Comms after Notify's email
// template (notifications-utils email_template.jinja2, as described in our notes): a hidden
// preheader, the blue GOV.UK banner (crown and "GOV.UK" on #1d70b8, 60px high), then the body in
// a centred column at most 580px wide with 10px gutters and 30px above and below, in Helvetica/Arial
// 19px, text #0B0C0C. No scripts. The body HTML is inserted as Notify renders it.

/** Notify's GOV.UK crown image (the preview may pass null to leave remote images out). */
export const GOVUK_CROWN_URL =
  "https://static.notifications.service.gov.uk/images/govuk-logotype-tudor-crown.png";

export interface EmailDocumentParts {
  /** The subject, HTML-escaped (goes into <title>). */
  subjectHtml: string;
  /** The body HTML from renderHtmlBody. */
  htmlBody: string;
  /** The preheader text, HTML-escaped. */
  preheader: string;
  /** The crown image URL, or null for a banner with the word mark only. Default: Notify's. */
  crownImageUrl?: string | null;
}

const TABLE_RESET = 'cellpadding="0" cellspacing="0" border="0"';

function banner(crownImageUrl: string | null): string {
  const crown = crownImageUrl
    ? `<td style="padding-left: 10px;"><img class="govuk-crown" src="${crownImageUrl}" alt="" height="32" border="0" style="display: block; Margin-top: 2px;"></td>`
    : "";
  return [
    `<table role="presentation" width="100%" style="border-collapse: collapse; min-width: 100%; width: 100% !important;" ${TABLE_RESET}>`,
    `<tr><td width="100%" height="60" bgcolor="#1d70b8" style="background-color: #1d70b8;">`,
    `<table role="presentation" width="100%" style="border-collapse: collapse; max-width: 580px;" ${TABLE_RESET} align="center">`,
    `<tr><td valign="middle" height="60">`,
    `<a href="https://www.gov.uk" title="Go to the GOV.UK homepage" style="text-decoration: none;">`,
    `<table role="presentation" style="border-collapse: collapse;" ${TABLE_RESET}><tr>`,
    crown,
    // The word mark on one line: whitespace inside the inline block would show as a gap.
    `<td style="font-size: 28px; line-height: 1.315789474; padding-left: 10px;">` +
      `<span style="font-family: Helvetica, Arial, sans-serif; font-weight: 700; color: #ffffff; text-decoration: none; vertical-align: top; display: inline-block;">` +
      `GOV<span style="color: #00ffe0; font-family: Georgia, serif; font-size: 32px; line-height: 1;">.</span>UK` +
      `</span></td>`,
    `</tr></table></a>`,
    `</td></tr></table>`,
    `</td></tr></table>`,
  ].join("\n");
}

function content(htmlBody: string): string {
  return [
    `<table role="presentation" class="content" align="center" ${TABLE_RESET} style="border-collapse: collapse; max-width: 580px; width: 100% !important;" width="100%">`,
    `<tr><td height="30" colspan="3">&nbsp;</td></tr>`,
    `<tr>`,
    `<td width="10" valign="middle">&nbsp;</td>`,
    `<td style="font-family: Helvetica, Arial, sans-serif; font-size: 19px; line-height: 1.315789474; max-width: 560px; color: #0B0C0C;">`,
    htmlBody,
    `</td>`,
    `<td width="10" valign="middle">&nbsp;</td>`,
    `</tr>`,
    `<tr><td height="30" colspan="3">&nbsp;</td></tr>`,
    `</table>`,
  ].join("\n");
}

export function renderEmailDocument(parts: EmailDocumentParts): string {
  const crown = parts.crownImageUrl === undefined ? GOVUK_CROWN_URL : parts.crownImageUrl;
  return [
    `<!DOCTYPE html>`,
    `<html lang="en">`,
    `<head>`,
    `<meta http-equiv="Content-Type" content="text/html; charset=utf-8">`,
    `<meta name="viewport" content="width=device-width">`,
    `<meta name="format-detection" content="telephone=no">`,
    // <title> shows markup as text, so a missing placeholder's highlight tag is left out there.
    `<title>${parts.subjectHtml.replace(/<[^>]*>/g, "")}</title>`,
    `<style>`,
    `@media only screen and (min-device-width: 581px) { .content { width: 580px !important; } }`,
    `body { margin: 0 !important; }`,
    `@media print { .govuk-crown { display: none !important; } }`,
    `</style>`,
    `<!--[if gte mso 9]><style>li { margin-left: 4px !important; } table { mso-table-lspace: 0pt; mso-table-rspace: 0pt; }</style><![endif]-->`,
    `</head>`,
    `<body style="font-family: Helvetica, Arial, sans-serif; font-size: 16px; margin: 0; color: #0b0c0c;">`,
    `<span style="display: none; font-size: 1px; color: #fff; max-height: 0; overflow: hidden;">${parts.preheader}\u2026</span>`,
    banner(crown),
    content(parts.htmlBody),
    `</body>`,
    `</html>`,
    ``,
  ].join("\n");
}
