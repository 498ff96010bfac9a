using System.Text;
using System.Text.Json;
using System.Xml;
using NodaTime;
using NodaTime.Text;

namespace ArticleRevisions.Capture.Alerts;

/// <summary>
/// A collection's alerts: appended to <c>.artrev/alerts.jsonl</c> (one JSON line each), and published as the Atom
/// feed <c>alerts.atom</c> in the collection's folder with the latest <see cref="FeedSize"/> alerts, newest first.
/// </summary>
/// <remarks>Not thread-safe: the watcher writes alerts one at a time.</remarks>
public static class AlertLog
{
    /// <summary>The Atom feed's file name in a collection's folder.</summary>
    public const string FeedFileName = "alerts.atom";

    /// <summary>How many alerts the Atom feed keeps.</summary>
    public const int FeedSize = 200;

    /// <summary>Returns an alert's JSON: the document POSTed to a webhook.</summary>
    /// <param name="alert">The alert.</param>
    /// <returns>UTF-8 JSON, schema <c>artrev-alert</c> version 1.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="alert"/> is null.</exception>
    public static byte[] ToJson(Alert alert)
    {
        ArgumentNullException.ThrowIfNull(alert);
        return JsonSerializer.SerializeToUtf8Bytes(ToRecord(alert), AlertJsonContext.Default.AlertRecord);
    }

    /// <summary>Appends <paramref name="alert"/> to the collection's log and rewrites its Atom feed.</summary>
    /// <param name="directory">The collection's folder.</param>
    /// <param name="alert">The alert.</param>
    /// <param name="now">The feed's update time.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="IOException">The files cannot be written.</exception>
    public static void Append(string directory, Alert alert, Instant now)
    {
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(alert);
        var log = Path.Combine(directory, ".artrev", "alerts.jsonl");
        Directory.CreateDirectory(Path.GetDirectoryName(log) ?? directory);
        using (var stream = new FileStream(log, FileMode.Append, FileAccess.Write, FileShare.Read))
        {
            stream.Write([.. ToJson(alert), (byte)'\n']);
            stream.Flush(flushToDisk: true);
        }

        var latest = File.ReadLines(log, Encoding.UTF8).Where(l => l.Length > 0).TakeLast(FeedSize).Reverse()
            .Select(l => JsonSerializer.Deserialize(l, AlertJsonContext.Default.AlertRecord))
            .OfType<AlertRecord>()
            .ToList();
        WriteFeed(Path.Combine(directory, FeedFileName), latest, now, directory);
    }

    private static AlertRecord ToRecord(Alert alert) => new(
        "artrev-alert",
        1,
        alert.ArticleId,
        alert.Title,
        alert.Source.AbsoluteUri,
        alert.Revision,
        InstantPattern.ExtendedIso.Format(alert.ObservedAt),
        alert.PreviousSeenAt is { } seen ? InstantPattern.ExtendedIso.Format(seen) : null,
        "substantive",
        alert.Stealth,
        [.. alert.Labels],
        alert.Summary,
        alert.Diff,
        [.. alert.Phrases]);

    private static void WriteFeed(string path, IReadOnlyList<AlertRecord> alerts, Instant now, string directory)
    {
        var temporary = path + $".{Guid.NewGuid():N}.tmp";
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write))
            using (var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
            {
                const string atom = "http://www.w3.org/2005/Atom";
                xml.WriteStartElement("feed", atom);
                xml.WriteElementString("title", atom, $"artrev alerts: {Path.GetFileName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar))}");
                xml.WriteElementString("id", atom, "urn:artrev:alerts:" + Path.GetFileName(Path.GetFullPath(directory).TrimEnd(Path.DirectorySeparatorChar)));
                xml.WriteElementString("updated", atom, InstantPattern.ExtendedIso.Format(now));
                xml.WriteStartElement("author", atom);
                xml.WriteElementString("name", atom, "artrev watch");
                xml.WriteEndElement();
                foreach (var alert in alerts)
                {
                    xml.WriteStartElement("entry", atom);
                    xml.WriteElementString("title", atom, $"{(alert.Stealth ? "Stealth edit" : "Substantive edit")}: {alert.Title}");
                    xml.WriteElementString("id", atom, $"urn:artrev:{alert.Article}:{alert.Revision}");
                    xml.WriteElementString("updated", atom, alert.ObservedAt);
                    xml.WriteStartElement("link", atom);
                    xml.WriteAttributeString("href", alert.Source);
                    xml.WriteEndElement();
                    xml.WriteElementString("summary", atom, alert.Summary);
                    xml.WriteStartElement("content", atom);
                    xml.WriteAttributeString("type", "text");
                    xml.WriteString($"{alert.Summary}\n\nRevision {alert.Revision} of {alert.Article}, observed {alert.ObservedAt}{(alert.PreviousSeenAt is null ? string.Empty : $", after {alert.PreviousSeenAt}")}.\n\n{alert.Diff}");
                    xml.WriteEndElement();
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            File.Move(temporary, path, overwrite: true);
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
