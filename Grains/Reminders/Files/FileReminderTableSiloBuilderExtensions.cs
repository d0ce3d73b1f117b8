using Microsoft.Extensions.DependencyInjection;

namespace FaceClassifier.Reminders.Files;

/// <summary>Registers the file reminder table.</summary>
public static class FileReminderTableSiloBuilderExtensions
{
    /// <summary>Uses <see cref="FileReminderTable"/> (under the data folder) as the silo's reminder table.</summary>
    public static ISiloBuilder UseFileReminderService(this ISiloBuilder builder)
    {
        builder.AddReminders();
        builder.Services.AddSingleton<FileReminderTable>();
        builder.Services.AddSingleton<IReminderTable>(sp => sp.GetRequiredService<FileReminderTable>());
        return builder;
    }
}
