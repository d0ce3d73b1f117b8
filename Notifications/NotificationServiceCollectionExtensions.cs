using FaceClassifier.Jobs;
using FaceClassifier.Learning;
using FaceClassifier.Notifications.DeadLetters;
using FaceClassifier.Notifications.DeadLetters.Files;
using FaceClassifier.Notifications.Delivery;
using FaceClassifier.Notifications.Email;
using FaceClassifier.Notifications.Jobs;
using FaceClassifier.Notifications.People;
using FaceClassifier.Notifications.Webhooks;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace FaceClassifier.Notifications;

/// <summary>Registers mail, webhook and dead-letter services, and the job notifier over them.</summary>
public static class NotificationServiceCollectionExtensions
{
    /// <summary>The configuration key (environment variable) of the data folder; <c>./data</c> when unset.</summary>
    public const string DataDirectoryKey = "FACECLASSIFIER_DATA";

    /// <summary>Adds <see cref="INotificationDispatcher"/> and what it needs: SMTP when <c>Smtp:Host</c> is set,
    /// otherwise .eml files in <c>&lt;data&gt;/outbox</c>; dead letters in <c>&lt;data&gt;/dead-letters</c>.
    /// Options are validated when the host starts.</summary>
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var data = Path.GetFullPath(configuration[DataDirectoryKey] is { Length: > 0 } configured ? configured : "data");
        services.AddOptions<NotificationStorageOptions>().Configure(options =>
        {
            options.OutboxDirectory = Path.Combine(data, "outbox");
            options.DeadLetterDirectory = Path.Combine(data, "dead-letters");
        });
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.SectionName).ValidateOnStart();
        services.AddOptions<WebhookOptions>().BindConfiguration(WebhookOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SmtpOptions>, SmtpOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidator>());

        services.TryAddSingleton(sp => new WebhookTargetPolicy(sp.GetRequiredService<IOptions<WebhookOptions>>().Value));
        services.TryAddSingleton<WebhookConnector>();
        services.AddHttpClient(WebhookOptions.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            // Each attempt has its own timeout; a redirect would turn the signed POST into a GET elsewhere (and past the
            // target check). No proxy: the connect callback must see the receiver's address, not a proxy's.
            .ConfigurePrimaryHttpMessageHandler(sp => new SocketsHttpHandler
            {
                AllowAutoRedirect = false,
                UseProxy = false,
                ConnectCallback = sp.GetRequiredService<WebhookConnector>().ConnectAsync,
            });
        services.AddMetrics();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<NotificationInstruments>();
        services.TryAddSingleton<DeliveryRetrier>();
        services.TryAddSingleton<IDeadLetterStore, FileDeadLetterStore>();
        services.TryAddSingleton<IWebhookSender, WebhookSender>();
        services.TryAddSingleton<IEmailSender>(sp => sp.GetRequiredService<IOptions<SmtpOptions>>().Value.UsesSmtp
            ? ActivatorUtilities.CreateInstance<SmtpEmailSender>(sp)
            : ActivatorUtilities.CreateInstance<OutboxEmailSender>(sp));
        services.TryAddSingleton<INotificationDispatcher, NotificationDispatcher>();
        return services;
    }

    /// <summary>Adds the notifications, the job notifier over them (sending inline unless a queue replaces the dispatch)
    /// and the dead-letter admin, which tells the job about a replayed mail; they need the grains' <c>IBlobLinks</c>.</summary>
    public static IServiceCollection AddJobNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddNotifications(configuration);
        services.TryAddSingleton<IDeadLetterAdmin, DeadLetterAdmin>();
        services.TryAddSingleton<IJobNotificationChannel, DispatcherNotificationChannel>();
        services.TryAddSingleton<JobNotifier>();
        services.TryAddSingleton<IPersonIdentifiedNotifier, PersonIdentifiedWebhook>();
        services.TryAddSingleton<IJobNotificationDispatch, InlineNotificationDispatch>();
        return services;
    }
}
