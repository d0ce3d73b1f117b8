namespace FaceClassifier.Jobs;

/// <summary>
/// The PUT guard's rules, as pure functions over the mail ledger. The job grain applies them in single
/// turns, so a PUT and the notifier never interleave inside a check-and-update. Each address gets at most
/// one automatic send; the answer to a PUT is the notification state after it:
/// pending (nothing went out yet), notified (went out and the address is the first one again or
/// unchanged), notified to new email (went out earlier, and the result goes once to the new address).
/// </summary>
public static class ContactGuard
{
    public static bool SameAddress(string? a, string? b) =>
        a is not null && b is not null && string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    /// <summary>The address to mail next, or null when it already got its send or a send is in flight.</summary>
    public static string? Due(MailLedger ledger, string currentEmail, string? inFlight) =>
        inFlight is null && !ledger.Sent.Any(r => SameAddress(r.Email, currentEmail)) ? currentEmail : null;

    /// <summary>The ledger once the notifier claimed <paramref name="email"/>.</summary>
    public static MailLedger Claim(MailLedger ledger, string email) =>
        ledger.FirstAddress is null ? ledger with { FirstAddress = email } : ledger;

    /// <summary>The ledger after a PUT that changes (or keeps) the address.</summary>
    public static MailLedger Update(MailLedger ledger, string oldEmail, string newEmail, string? inFlight)
    {
        if (SameAddress(oldEmail, newEmail))
        {
            return ledger;
        }

        if (ledger.Sent.Count == 0 && inFlight is null)
        {
            return ledger with { State = NotificationState.Pending };
        }

        var earlier = ledger.Sent.FirstOrDefault(r => SameAddress(r.Email, newEmail));
        var state = earlier switch
        {
            { Delivered: true } => ReachedState(ledger, newEmail),
            { Delivered: false } => NotificationState.Failed,
            null when SameAddress(inFlight, newEmail) => ReachedState(ledger, newEmail),
            null => NotificationState.NotifiedToNewEmail,
        };
        return ledger with { State = state };
    }

    /// <summary>The ledger once the mail to <paramref name="email"/> was delivered or dead-lettered.</summary>
    public static MailLedger Report(MailLedger ledger, string email, string currentEmail, bool delivered)
    {
        var sent = ledger.Sent.Where(r => !SameAddress(r.Email, email)).Append(new MailRecord(email, delivered)).ToList();
        var state = !SameAddress(email, currentEmail) ? ledger.State
            : delivered ? ReachedState(ledger, email)
            : NotificationState.Failed;
        return ledger with { Sent = sent, State = state };
    }

    /// <summary>The ledger once a dead-lettered mail to <paramref name="email"/> was replayed and delivered.</summary>
    public static MailLedger Replayed(MailLedger ledger, string email, string currentEmail)
    {
        if (!ledger.Sent.Any(r => SameAddress(r.Email, email) && !r.Delivered))
        {
            return ledger;
        }

        var sent = ledger.Sent.Select(r => SameAddress(r.Email, email) ? r with { Delivered = true } : r).ToList();
        var state = SameAddress(email, currentEmail) ? ReachedState(ledger, email) : ledger.State;
        return ledger with { Sent = sent, State = state };
    }

    private static NotificationState ReachedState(MailLedger ledger, string email) =>
        ledger.FirstAddress is null || SameAddress(ledger.FirstAddress, email)
            ? NotificationState.Notified
            : NotificationState.NotifiedToNewEmail;
}
