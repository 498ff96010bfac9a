using System.Text.Json;
using ArticleRevisions.Model;
using NodaTime;

namespace ArticleRevisions.Capture.Watching;

/// <summary>Reads and writes a collection's watch list, <c>watch.json</c> in the collection's folder.</summary>
/// <remarks>
/// Thread-safe. Writes replace the file whole (a new file renamed over the old), and <see cref="Update"/> holds an
/// exclusive lock on <c>watch.json.lock</c> while it reads, changes and writes, so <c>watch add</c> and a running
/// watcher adding a feed's entries never lose each other's changes.
/// </remarks>
public static class WatchListFile
{
    /// <summary>The watch list's file name in a collection's folder.</summary>
    public const string FileName = "watch.json";

    /// <summary>The format name written in every watch list.</summary>
    public const string FormatName = "artrev-watch";

    /// <summary>Where the watch list's JSON Schema is published.</summary>
    public const string SchemaUrl = "https://raw.githubusercontent.com/articlerevisions/articlerevisions/main/schemas/artrev-watch.schema.json";

    /// <summary>Reads the watch list of the collection in <paramref name="directory"/>; an empty list when the folder has none yet.</summary>
    /// <param name="directory">The collection's folder.</param>
    /// <returns>The watch list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="directory"/> is null.</exception>
    /// <exception cref="WatchListException">The file is malformed or holds a bad value.</exception>
    /// <exception cref="IOException">The file cannot be read.</exception>
    public static WatchList Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var path = Path.Combine(directory, FileName);
        return File.Exists(path) ? Parse(File.ReadAllBytes(path), path) : WatchList.Empty;
    }

    /// <summary>Reads, changes and writes the watch list under an exclusive lock.</summary>
    /// <param name="directory">The collection's folder; created when missing.</param>
    /// <param name="change">Makes the new list from the current one; may throw to leave the file as it was.</param>
    /// <returns>The list written.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="WatchListException">The file is malformed, or <paramref name="change"/> refused the change.</exception>
    /// <exception cref="IOException">The file cannot be read or written.</exception>
    public static WatchList Update(string directory, Func<WatchList, WatchList> change)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(change);
        Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, FileName);
        using var lockFile = OpenLock(path + ".lock");
        WatchList updated;
        try
        {
            updated = change(Load(directory));
        }
        catch (ArgumentException e)
        {
            throw new WatchListException(path, e.Message.Split(" (Parameter", 2)[0]);
        }

        var temporary = Path.Combine(directory, $".{FileName}.{Guid.NewGuid():N}.tmp");
        try
        {
            File.WriteAllBytes(temporary, [.. JsonSerializer.SerializeToUtf8Bytes(ToRecord(updated), WatchJsonContext.Default.WatchListRecord), (byte)'\n']);
            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }

        return updated;
    }

    private static FileStream OpenLock(string path)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (attempt < 200)
            {
                // Another writer holds the lock for the moment it takes to rewrite a small file: wait our turn.
                Thread.Sleep(50);
            }
        }
    }

    private static WatchList Parse(byte[] bytes, string path)
    {
        WatchListRecord? record;
        try
        {
            record = JsonSerializer.Deserialize(bytes, WatchJsonContext.Default.WatchListRecord);
        }
        catch (JsonException e)
        {
            throw new WatchListException(path, $"not valid JSON ({e.Message})");
        }

        if (record is null || record.Format != FormatName)
        {
            throw new WatchListException(path, $"not a watch list: \"format\" must be \"{FormatName}\".");
        }

        if (record.Version != 1)
        {
            throw new WatchListException(path, $"watch list version {record.Version} is not supported; this build reads version 1.");
        }

        var list = WatchList.Empty with { Alerts = Alerts(record.Alerts, path) };
        var index = 0;
        foreach (var source in record.Sources ?? [])
        {
            index++;
            try
            {
                list = list.Add(Source(source, path, index));
            }
            catch (ArgumentException e)
            {
                throw new WatchListException(path, $"source {index}: {e.Message.Split(" (Parameter", 2)[0]}");
            }
        }

        return list;
    }

    private static WatchSource Source(SourceRecord record, string path, int index)
    {
        string where = $"source {index}";
        if (record.Id is null || record.Url is null)
        {
            throw new WatchListException(path, $"{where}: \"id\" and \"url\" are required.");
        }

        if (!Uri.TryCreate(record.Url, UriKind.Absolute, out var url))
        {
            throw new WatchListException(path, $"{where}: \"url\" '{record.Url}' is not an absolute URL.");
        }

        var kind = record.Kind switch
        {
            null or "page" => WatchSourceKind.Page,
            "feed" => WatchSourceKind.Feed,
            _ => throw new WatchListException(path, $"{where}: \"kind\" must be \"page\" or \"feed\", not '{record.Kind}'."),
        };
        var interval = Duration.FromMinutes(15);
        if (record.Interval is not null && !IntervalText.TryParse(record.Interval, out interval))
        {
            throw new WatchListException(path, $"{where}: \"interval\" '{record.Interval}' is not an interval such as 15m, 1h or 1h30m.");
        }

        var zone = record.Zone is null ? DateTimeZone.Utc : DateTimeZoneProviders.Tzdb.GetZoneOrNull(record.Zone)
            ?? throw new WatchListException(path, $"{where}: \"zone\" '{record.Zone}' is not a known IANA time zone.");
        if (record.Language is not null && !Article.IsValidLanguage(record.Language))
        {
            throw new WatchListException(path, $"{where}: \"language\" '{record.Language}' is not a BCP 47 tag.");
        }

        return new WatchSource(record.Id, url, kind, interval)
        {
            Zone = zone,
            Language = record.Language ?? Article.UndeterminedLanguage,
            Declaration = record.Declaration,
            Title = record.Title,
            Feed = record.Feed,
        };
    }

    private static AlertSettings Alerts(AlertsRecord? record, string path)
    {
        if (record is null)
        {
            return AlertSettings.Default;
        }

        var on = record.On switch
        {
            null or "substantive" => AlertFilter.Substantive,
            "stealth" => AlertFilter.Stealth,
            _ => throw new WatchListException(path, $"alerts: \"on\" must be \"substantive\" or \"stealth\", not '{record.On}'."),
        };
        Uri? webhook = null;
        if (record.Webhook is not null && !(Uri.TryCreate(record.Webhook, UriKind.Absolute, out webhook) && Fetching.PageFetcher.IsHttp(webhook)))
        {
            throw new WatchListException(path, $"alerts: \"webhook\" '{record.Webhook}' is not an http or https URL.");
        }

        return new AlertSettings { On = on, Phrases = [.. record.Phrases ?? []], Webhook = webhook };
    }

    private static WatchListRecord ToRecord(WatchList list) => new(
        SchemaUrl,
        FormatName,
        1,
        [.. list.Sources.Select(s => new SourceRecord(
            s.Id,
            s.Url.AbsoluteUri,
            s.Kind == WatchSourceKind.Feed ? "feed" : "page",
            IntervalText.Format(s.Interval),
            s.Zone.Id,
            s.Language,
            s.Declaration,
            s.Title,
            s.Feed))],
        list.Alerts == AlertSettings.Default && list.Alerts.Phrases.IsEmpty
            ? null
            : new AlertsRecord(list.Alerts.On == AlertFilter.Stealth ? "stealth" : "substantive", list.Alerts.Phrases.IsEmpty ? null : [.. list.Alerts.Phrases], list.Alerts.Webhook?.AbsoluteUri));
}
