using FaceClassifier.Providers;
using FaceClassifier.Reminders.Files;
using FaceClassifier.Storage;
using Microsoft.Extensions.Configuration;
using Orleans.Providers;

[assembly: RegisterProvider(FileProviders.Name, ProviderKinds.Reminders, ProviderRegistry.Silo, typeof(FileReminderTableProviderBuilder))]

namespace FaceClassifier.Reminders.Files;

/// <summary>Reminders "File": the reminder table in a file under the data folder.</summary>
internal sealed class FileReminderTableProviderBuilder : IProviderBuilder<ISiloBuilder>
{
    public void Configure(ISiloBuilder builder, string? name, IConfigurationSection configurationSection) => builder.UseFileReminderService();
}
