using FaceClassifier.Jobs;

namespace FaceClassifier.Tests.Grains.Jobs;

/// <summary>The PUT guard's rules on their own, state by state.</summary>
[Trait("Kind", "unit")]
public sealed class ContactGuardTests
{
    private const string A = "a@example.com";
    private const string B = "b@example.com";
    private const string C = "c@example.com";

    [Fact]
    public void Before_anything_went_out_an_address_change_stays_pending_and_the_new_address_is_due()
    {
        var ledger = ContactGuard.Update(new MailLedger(), A, B, inFlight: null);
        Assert.Equal(NotificationState.Pending, ledger.State);
        Assert.Equal(B, ContactGuard.Due(ledger, B, inFlight: null));
    }

    [Fact]
    public void A_claimed_address_is_not_due_again_while_in_flight_or_after_its_report()
    {
        var claimed = ContactGuard.Claim(new MailLedger(), A);
        Assert.Equal(A, claimed.FirstAddress);
        Assert.Null(ContactGuard.Due(claimed, A, inFlight: A));

        var reported = ContactGuard.Report(claimed, A, A, delivered: true);
        Assert.Equal(NotificationState.Notified, reported.State);
        Assert.Null(ContactGuard.Due(reported, A, inFlight: null));
        Assert.Null(ContactGuard.Due(reported, " A@Example.com ", inFlight: null));
    }

    [Fact]
    public void After_a_send_keeping_the_address_keeps_the_state_and_a_new_address_is_due_once()
    {
        var notified = ContactGuard.Report(ContactGuard.Claim(new MailLedger(), A), A, A, delivered: true);
        Assert.Same(notified, ContactGuard.Update(notified, A, "A@EXAMPLE.COM", inFlight: null));

        var moved = ContactGuard.Update(notified, A, B, inFlight: null);
        Assert.Equal(NotificationState.NotifiedToNewEmail, moved.State);
        Assert.Equal(B, ContactGuard.Due(moved, B, inFlight: null));
        Assert.Same(moved, ContactGuard.Update(moved, B, B, inFlight: null));

        var sentB = ContactGuard.Report(ContactGuard.Claim(moved, B), B, B, delivered: true);
        Assert.Equal(NotificationState.NotifiedToNewEmail, sentB.State);
        Assert.Equal(A, sentB.FirstAddress);
        Assert.Equal(NotificationState.Notified, ContactGuard.Update(sentB, B, A, inFlight: null).State);
        Assert.Equal(NotificationState.NotifiedToNewEmail, ContactGuard.Update(sentB, A, B, inFlight: null).State);
    }

    [Fact]
    public void A_change_while_the_first_mail_is_in_flight_counts_as_gone_out()
    {
        var claimed = ContactGuard.Claim(new MailLedger(), A);
        var moved = ContactGuard.Update(claimed, A, B, inFlight: A);
        Assert.Equal(NotificationState.NotifiedToNewEmail, moved.State);
        Assert.Equal(NotificationState.Notified, ContactGuard.Update(moved, B, A, inFlight: A).State);

        // The in-flight mail's report does not change the answer given for the new address.
        var reported = ContactGuard.Report(moved, A, B, delivered: false);
        Assert.Equal(NotificationState.NotifiedToNewEmail, reported.State);
        Assert.Equal(B, ContactGuard.Due(reported, B, inFlight: null));
    }

    [Fact]
    public void A_dead_lettered_address_is_failed_is_never_due_again_and_a_replay_fixes_it()
    {
        var failed = ContactGuard.Report(ContactGuard.Claim(new MailLedger(), A), A, A, delivered: false);
        Assert.Equal(NotificationState.Failed, failed.State);
        Assert.Null(ContactGuard.Due(failed, A, inFlight: null));

        var moved = ContactGuard.Update(failed, A, C, inFlight: null);
        Assert.Equal(NotificationState.NotifiedToNewEmail, moved.State);
        Assert.Equal(NotificationState.Failed, ContactGuard.Update(moved, C, A, inFlight: null).State);

        var replayed = ContactGuard.Replayed(failed, A, A);
        Assert.Equal(NotificationState.Notified, replayed.State);
        Assert.True(Assert.Single(replayed.Sent).Delivered);
        Assert.Same(replayed, ContactGuard.Replayed(replayed, A, A));
    }
}
