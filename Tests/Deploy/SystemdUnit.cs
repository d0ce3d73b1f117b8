namespace FaceClassifier.Tests.Deploy;

/// <summary>The [Service] settings of a systemd unit file, each key with all its values in order.</summary>
internal sealed class SystemdUnit
{
    private readonly Dictionary<string, List<string>> _service = [];

    public SystemdUnit(string path)
    {
        Path = path;
        var section = "";
        foreach (var raw in File.ReadLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line[0] is '#' or ';')
            {
                continue;
            }

            if (line[0] == '[')
            {
                section = line;
                continue;
            }

            var at = line.IndexOf('=', StringComparison.Ordinal);
            if (section == "[Service]")
            {
                var key = line[..at];
                if (!_service.TryGetValue(key, out var values))
                {
                    _service[key] = values = [];
                }

                values.Add(line[(at + 1)..]);
            }
        }
    }

    public string Path { get; }

    /// <summary>The one value of a [Service] key.</summary>
    public string this[string key] => Assert.Single(_service[key]);

    /// <summary>All values of a [Service] key, in file order.</summary>
    public IReadOnlyList<string> All(string key) => _service.TryGetValue(key, out var values) ? values : [];

    /// <summary>An <c>Environment=NAME=value</c> setting's value.</summary>
    public string Environment(string name) =>
        Assert.Single(All("Environment"), e => e.StartsWith(name + "=", StringComparison.Ordinal))[(name.Length + 1)..];

    /// <summary>A time span setting written in plain seconds, e.g. TimeoutStopSec=300.</summary>
    public int Seconds(string key) => int.Parse(this[key], System.Globalization.CultureInfo.InvariantCulture);
}
