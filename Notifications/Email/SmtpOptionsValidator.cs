using Microsoft.Extensions.Options;
using MimeKit;

namespace FaceClassifier.Notifications.Email;

/// <summary>Checks the <c>Smtp</c> section at start-up and says exactly which setting is wrong.</summary>
internal sealed class SmtpOptionsValidator : IValidateOptions<SmtpOptions>
{
    public ValidateOptionsResult Validate(string? name, SmtpOptions options)
    {
        const string S = SmtpOptions.SectionName;
        var failures = new List<string>(options.Validate(S));
        if (!MailboxAddress.TryParse(options.FromAddress, out var from) || string.IsNullOrEmpty(from.Domain))
        {
            failures.Add($"{S}:FromAddress must be a mail address like faceclassifier@example.com (is '{options.FromAddress}').");
        }
        if (options.UsesSmtp)
        {
            if (options.Port is < 1 or > 65535)
            {
                failures.Add($"{S}:Port must be between 1 and 65535 (is {options.Port}).");
            }
            if (!string.IsNullOrEmpty(options.Password) && string.IsNullOrWhiteSpace(options.UserName))
            {
                failures.Add($"{S}:Password is set but {S}:UserName is empty; set both or neither.");
            }
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
