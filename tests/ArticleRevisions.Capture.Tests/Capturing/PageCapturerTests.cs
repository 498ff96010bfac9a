using System.Net;
using System.Text;
using ArticleRevisions.Capture.Alerts;
using ArticleRevisions.Capture.Capturing;
using ArticleRevisions.Capture.Extraction;
using ArticleRevisions.Capture.Fetching;
using ArticleRevisions.Capture.Storage;
using ArticleRevisions.Capture.Watching;
using ArticleRevisions.Model;
using ArticleRevisions.Storage;
using ArticleRevisions.Testing;
using NodaTime;
using NodaTime.Testing;

namespace ArticleRevisions.Capture.Tests.Capturing;

public sealed class PageCapturerTests : IDisposable
{
    private readonly TempDirectory folder = new();
    private readonly FakeClock clock = new(Instant.FromUtc(2025, 2, 12, 10, 0));

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task First_capture_records_the_text_at_the_observation_time_with_claimed_times_only_as_attributes()
    {
        using var server = new LocalServer(c => LocalServer.Write(c, Pages.Article("Bridge repairs approved", Pages.First, Pages.Second)));
        var history = NewHistory(server.Url("/news/bridge"));

        var result = await Capture(history);

        Assert.Equal(CaptureOutcome.Added, result.Outcome);
        var revision = Assert.Single(HistoryFile.Read(history).Revisions);
        Assert.Equal(clock.GetCurrentInstant(), revision.At);
        Assert.Equal(clock.GetCurrentInstant(), revision.ObservedAt);
        Assert.Equal("Bridge repairs approved", revision.Title);
        Assert.Contains(Pages.First, revision.Text, StringComparison.Ordinal);
        Assert.Contains(Pages.Second, revision.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sport", revision.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("premium subscription", revision.Text, StringComparison.Ordinal);
        Assert.Equal("2025-02-11T20:00:00Z", result.Attributes["capture.claimed-published"]);
        Assert.Equal("2025-02-12T09:30:00Z", result.Attributes["capture.claimed-modified"]);
        Assert.Equal("200", result.Attributes["capture.status"]);
    }

    [Fact]
    public async Task Raw_page_is_kept_in_the_histories_raw_source_store()
    {
        var html = Pages.Article("Bridge", Pages.First, Pages.Second);
        using var server = new LocalServer(c => LocalServer.Write(c, html));
        var history = NewHistory(server.Url("/a"));

        await Capture(history);

        var file = HistoryFile.Open(history);
        var raw = file.GetRevision(1).RawSource;
        Assert.NotNull(raw);
        Assert.Equal(Encoding.UTF8.GetBytes(html), file.RawSources.Get(raw));
        Assert.Equal("text/html", raw.MediaType);
        Assert.Equal("200", file.GetRevision(1).Attributes["capture.status"]);
        Assert.Equal(["state.json"], Directory.GetFiles(CaptureStore.FolderFor(history)).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_unchanged_page_costs_one_conditional_request_answered_304()
    {
        using var server = new LocalServer(c =>
        {
            if (c.Request.Headers["If-None-Match"] == "\"v1\"")
            {
                LocalServer.Status(c, 304);
                return Task.CompletedTask;
            }

            c.Response.Headers["ETag"] = "\"v1\"";
            return LocalServer.Write(c, Pages.Article("Bridge", Pages.First, Pages.Second));
        });
        var history = NewHistory(server.Url("/a"));
        await Capture(history);
        clock.Advance(Duration.FromMinutes(15));

        var second = await Capture(history);

        Assert.Equal(CaptureOutcome.NotModified, second.Outcome);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal("\"v1\"", server.Requests.Last().Headers["If-None-Match"]);
        Assert.Single(HistoryFile.Read(history).Revisions);
    }

    [Fact]
    public async Task A_changed_article_becomes_a_new_revision_observed_at_the_second_capture()
    {
        var version = 0;
        using var server = new LocalServer(c => LocalServer.Write(c, Interlocked.Increment(ref version) == 1
            ? Pages.Article("Bridge", Pages.First, Pages.Second)
            : Pages.Article("Bridge", Pages.First.Replace("4.2", "6.8", StringComparison.Ordinal), Pages.Second)));
        var history = NewHistory(server.Url("/a"));
        await Capture(history);
        clock.Advance(Duration.FromHours(1));

        var second = await Capture(history);

        Assert.Equal(CaptureOutcome.Added, second.Outcome);
        Assert.Equal(2, second.Revision!.Number);
        Assert.Equal(1, second.Previous!.Number);
        Assert.Equal(clock.GetCurrentInstant(), second.Revision.At);
        Assert.Contains("6.8", second.Revision.Text, StringComparison.Ordinal);
        Assert.Equal("2025-02-12T10:00:00Z", second.Attributes["capture.previous-seen"]);
    }

    [Fact]
    public async Task Same_text_in_a_new_page_wrapper_adds_nothing()
    {
        var version = 0;
        using var server = new LocalServer(c => LocalServer.Write(c, Pages.Article("Bridge", Pages.First, Pages.Second).Replace("Sport", $"Sport {Interlocked.Increment(ref version)}", StringComparison.Ordinal)));
        var history = NewHistory(server.Url("/a"));
        await Capture(history);
        clock.Advance(Duration.FromHours(1));

        var second = await Capture(history);

        Assert.Equal(CaptureOutcome.Unchanged, second.Outcome);
        Assert.Single(HistoryFile.Read(history).Revisions);
    }

    [Fact]
    public async Task Redirects_are_followed_and_recorded()
    {
        using var server = new LocalServer(c => c.Request.Url!.AbsolutePath == "/old"
            ? Task.Run(() => LocalServer.Status(c, 301, "/new"))
            : LocalServer.Write(c, Pages.Article("Bridge", Pages.First, Pages.Second)));
        var history = NewHistory(server.Url("/old"));

        var result = await Capture(history);

        Assert.Equal(CaptureOutcome.Added, result.Outcome);
        var redirect = Assert.Single(result.Fetch!.Redirects);
        Assert.Equal(301, redirect.StatusCode);
        Assert.Equal(server.Url("/new"), redirect.To);
        Assert.Equal(server.Url("/new").AbsoluteUri, result.Attributes["capture.final-url"]);
    }

    [Fact]
    public async Task A_page_that_moved_for_good_is_recorded_as_a_metadata_change_and_fetched_at_its_new_address_next()
    {
        using var server = new LocalServer(c => c.Request.Url!.AbsolutePath == "/news/old-headline"
            ? Task.Run(() => LocalServer.Status(c, 301, "/news/new-headline"))
            : LocalServer.Write(c, Pages.Article("Bridge", Pages.First, Pages.Second)));
        var history = NewHistory(server.Url("/news/old-headline"));

        var first = await Capture(history);
        clock.Advance(Duration.FromHours(1));
        var second = await Capture(history);

        var read = HistoryFile.Read(history);
        var moved = Assert.Single(read.Events);
        Assert.Equal(HistoryEventKind.MetadataChanged, moved.Event.Kind);
        Assert.Equal(server.Url("/news/new-headline"), read.Article.Source);
        Assert.Equal(server.Url("/news/old-headline"), read.Header.Source);
        Assert.Contains("moved permanently (HTTP 301)", moved.Event.Note, StringComparison.Ordinal);
        Assert.Equal(moved, Assert.Single(first.Events));
        Assert.Equal(CaptureOutcome.Unchanged, second.Outcome);
        Assert.Equal(["/news/old-headline", "/news/new-headline", "/news/new-headline"], server.Requests.Select(r => r.PathAndQuery));
    }

    [Fact]
    public async Task A_page_that_disappears_and_comes_back_is_recorded_as_events_not_as_empty_text()
    {
        var responses = new Queue<int>([200, 404, 410, 200]);
        using var server = new LocalServer(c =>
        {
            var status = responses.Dequeue();
            return status == 200 ? LocalServer.Write(c, Pages.Article("Bridge", Pages.First, Pages.Second)) : Task.Run(() => LocalServer.Status(c, status));
        });
        var history = NewHistory(server.Url("/a"));
        var outcomes = new List<CaptureOutcome>();

        for (var i = 0; i < 4; i++)
        {
            outcomes.Add((await Capture(history)).Outcome);
            clock.Advance(Duration.FromHours(1));
        }

        Assert.Equal([CaptureOutcome.Added, CaptureOutcome.Gone, CaptureOutcome.StillGone, CaptureOutcome.Back], outcomes);
        var read = HistoryFile.Read(history);
        Assert.Single(read.Revisions);
        Assert.Equal([HistoryEventKind.SourceGone, HistoryEventKind.SourceReturned], read.Events.Select(e => e.Event.Kind));
        Assert.Equal([404, 200], read.Events.Select(e => e.Event.HttpStatus));
        Assert.Equal([1, 1], read.Events.Select(e => e.AfterRevision));
        Assert.True(read.Verify().IsValid);
    }

    [Fact]
    public async Task The_history_is_the_record_so_a_lost_capture_state_neither_records_gone_twice_nor_loses_the_raw_page()
    {
        var responses = new Queue<int>([200, 404, 404]);
        using var server = new LocalServer(c =>
        {
            var status = responses.Dequeue();
            return status == 200 ? LocalServer.Write(c, Pages.Article("Bridge", Pages.First, Pages.Second)) : Task.Run(() => LocalServer.Status(c, status));
        });
        var history = NewHistory(server.Url("/a"));
        await Capture(history);
        clock.Advance(Duration.FromHours(1));
        await Capture(history);
        Directory.Delete(CaptureStore.FolderFor(history), recursive: true);
        clock.Advance(Duration.FromHours(1));

        var state = PageCapturer.ReadState(history);
        var third = await Capture(history);

        Assert.True(state.Gone);
        Assert.Equal(HistoryFile.Open(history).GetRevision(1).RawSource, state.Raw);
        Assert.Equal(HistoryFile.Open(history).GetRevision(1).Attributes["capture.extractor"], state.Extractor);
        Assert.Equal(CaptureOutcome.StillGone, third.Outcome);
        Assert.Equal([HistoryEventKind.SourceGone], HistoryFile.Read(history).Events.Select(e => e.Event.Kind));
    }

    [Fact]
    public async Task A_redirect_to_the_front_page_means_the_article_is_gone()
    {
        var removed = false;
        using var server = new LocalServer(c => (c.Request.Url!.AbsolutePath, removed) switch
        {
            ("/news/bridge", true) => Task.Run(() => LocalServer.Status(c, 302, "/")),
            ("/", _) => LocalServer.Write(c, Pages.Article("Front page", Pages.Third, Pages.Second)),
            _ => LocalServer.Write(c, Pages.Article("Bridge", Pages.First, Pages.Second)),
        });
        var history = NewHistory(server.Url("/news/bridge"));
        await Capture(history);
        removed = true;
        clock.Advance(Duration.FromHours(1));

        var result = await Capture(history);

        Assert.Equal(CaptureOutcome.Gone, result.Outcome);
        Assert.Contains("front page", result.Detail, StringComparison.Ordinal);
        Assert.Single(HistoryFile.Read(history).Revisions);
    }

    [Fact]
    public async Task A_wrong_charset_in_the_header_gives_way_to_the_documents_own()
    {
        var cyrillic = "Генеральний штаб Збройних Сил України повідомляє про удар по командному пункту поблизу села Бєлая Курської області.";
        var html = $"<html><head><meta charset=\"windows-1251\"><title>Заява</title></head><body><article><p>{cyrillic}</p><p>{cyrillic}</p></article></body></html>";
        var bytes = CodePagesEncodingProvider.Instance.GetEncoding(1251)!.GetBytes(html);
        using var server = new LocalServer(c => LocalServer.WriteBytes(c, bytes, "text/html; charset=utf-8"));
        var history = NewHistory(server.Url("/a"));

        var result = await Capture(history);

        Assert.Contains(cyrillic, result.Revision!.Text, StringComparison.Ordinal);
        Assert.Equal("windows-1251", result.Attributes["capture.charset"]);
    }

    [Fact]
    public async Task A_huge_body_is_cut_at_the_limit_while_it_streams_and_reported_not_kept()
    {
        long sent = 0;
        using var server = new LocalServer(async c =>
        {
            c.Response.SendChunked = true;
            c.Response.ContentType = "text/html";
            var block = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("<p>filler text </p>", 3500)));
            while (sent < 1L << 30)
            {
                await c.Response.OutputStream.WriteAsync(block);
                Interlocked.Add(ref sent, block.Length);
            }

            c.Response.Close();
        });
        var history = NewHistory(server.Url("/huge"));

        var result = await Capture(history, new FetchOptions { MaxBytes = 1024 * 1024 });

        Assert.Equal(CaptureOutcome.TooLarge, result.Outcome);
        Assert.Contains("1,048,576-byte limit", result.Detail, StringComparison.Ordinal);
        Assert.InRange(result.Fetch!.BytesRead, 1024 * 1024 + 1, 2 * 1024 * 1024);
        Assert.True(Interlocked.Read(ref sent) < 64L * 1024 * 1024, $"the server sent {sent:N0} bytes");
        Assert.Empty(HistoryFile.Read(history).Revisions);
        Assert.Empty(HistoryFile.Read(history).Events);
        Assert.True(CaptureStore.LoadState(history).TooLarge);
    }

    [Fact]
    public async Task A_declared_size_over_the_limit_is_refused_without_reading()
    {
        using var server = new LocalServer(c => LocalServer.Write(c, new string('x', 5000)));
        var history = NewHistory(server.Url("/big"));

        var result = await Capture(history, new FetchOptions { MaxBytes = 1000 });

        Assert.Equal(CaptureOutcome.TooLarge, result.Outcome);
        Assert.Contains("nothing was read", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_slow_response_past_the_timeout_fails_and_records_nothing()
    {
        using var server = new LocalServer(async c =>
        {
            await Task.Delay(TimeSpan.FromSeconds(3));
            await LocalServer.Write(c, Pages.Article("Late", Pages.First, Pages.Second));
        });
        var history = NewHistory(server.Url("/slow"));

        var result = await Capture(history, new FetchOptions { Timeout = Duration.FromMilliseconds(300) });

        Assert.Equal(CaptureOutcome.Failed, result.Outcome);
        Assert.Equal(FetchStatus.TimedOut, result.Fetch!.Status);
        Assert.Empty(HistoryFile.Read(history).Revisions);
    }

    [Fact]
    public async Task Scripts_and_event_handlers_never_reach_the_text()
    {
        var hostile = """
            <html><head><title>Hostile</title><script>document.write('INJECTED-HEAD')</script><style>p{color:red} .x:after{content:'STYLED'}</style></head>
            <body onload="steal('ONLOAD')"><article>
            <p onclick="alert('ONCLICK')">Kestlebury City Council has approved a package of emergency repairs to the Harbour Bridge after engineers found corrosion.<script>alert('INLINE-SCRIPT')</script></p>
            <p>The council voted on Tuesday evening to fund the work from its reserves.<img src=x onerror="alert('ONERROR')"><noscript>NOSCRIPT</noscript></p>
            <p><a href="javascript:alert('HREF')">Read more</a><template>TEMPLATE</template><iframe srcdoc="IFRAME"></iframe></p>
            </article></body></html>
            """;
        using var server = new LocalServer(c => LocalServer.Write(c, hostile));
        var history = NewHistory(server.Url("/hostile"));

        var text = (await Capture(history)).Revision!.Text;

        Assert.Contains("Harbour Bridge", text, StringComparison.Ordinal);
        foreach (var marker in new[] { "INJECTED", "STYLED", "ONLOAD", "ONCLICK", "INLINE-SCRIPT", "ONERROR", "NOSCRIPT", "HREF", "TEMPLATE", "IFRAME", "alert", "<" })
        {
            Assert.DoesNotContain(marker, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_declaration_selector_that_matches_nothing_is_a_broken_source_not_an_empty_article()
    {
        using var server = new LocalServer(c => LocalServer.Write(c, Pages.Article("Bridge", Pages.First)));
        var history = NewHistory(server.Url("/a"));
        var declaration = new SourceDeclaration { Name = "gazette", Select = [".story-body"] };

        var result = await Capture(history, request: new CaptureRequest { Declaration = declaration });

        Assert.Equal(CaptureOutcome.Broken, result.Outcome);
        Assert.Contains("'.story-body'", result.Detail, StringComparison.Ordinal);
        Assert.Empty(HistoryFile.Read(history).Revisions);
        Assert.Empty(HistoryFile.Read(history).Events);
        Assert.True(CaptureStore.LoadState(history).Broken);
    }

    [Fact]
    public async Task A_rerun_of_extraction_on_the_same_page_is_recorded_as_a_re_extraction_not_an_edit()
    {
        using var server = new LocalServer(c => LocalServer.Write(c, Pages.Article("Bridge", Pages.First, Pages.Second)));
        var history = NewHistory(server.Url("/a"));
        var narrow = new SourceDeclaration { Name = "gazette", Select = ["article p"] };
        await Capture(history, request: new CaptureRequest { Declaration = narrow });
        clock.Advance(Duration.FromHours(1));

        var result = new PageCapturer(new PageFetcher(null, clock), clock).ReExtract(history, new CaptureRequest { Declaration = narrow with { Select = ["article"], Version = 2 } });

        Assert.Equal(CaptureOutcome.ReExtracted, result.Outcome);
        var read = HistoryFile.Read(history);
        Assert.Equal(2, read.Count);
        Assert.StartsWith("Bridge\n\n", read.GetRevision(2).Text, StringComparison.Ordinal);
        Assert.Equal(read.GetRevision(1).RawSource, read.GetRevision(2).RawSource);
        var rerun = Assert.Single(read.Events);
        Assert.Equal((HistoryEventKind.ExtractionRerun, 2, 2), (rerun.Event.Kind, rerun.Event.RevisionNumber, rerun.AfterRevision));
        Assert.Null(AlertBuilder.For(result, new AlertSettings()));
    }

    [Fact]
    public async Task The_shipped_telegram_declaration_reads_a_posts_embed_view_with_its_edited_mark()
    {
        // Our own page in the embed view's markup as public code that reads t.me posts relies on: the text in
        // .tgme_widget_message_text inside the bubble, a reply quoted above it, and "edited" in .tgme_widget_message_meta.
        const string post = """
            <html><head><title>Telegram Widget</title></head><body><div class="tgme_widget_message_wrap"><div class="tgme_widget_message" data-post="gazette/42">
            <div class="tgme_widget_message_bubble">
            <div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" href="https://t.me/gazette"><span dir="auto">Kestlebury Gazette</span></a></div>
            <a class="tgme_widget_message_reply" href="https://t.me/gazette/41"><div class="tgme_widget_message_metatext">An earlier post quoted here</div></a>
            <div class="tgme_widget_message_text js-message_text" dir="auto">Council approves emergency repairs to Harbour Bridge.<br/><br/>The work will cost £6.8 million.</div>
            <div class="tgme_widget_message_footer"><div class="tgme_widget_message_info"><span class="tgme_widget_message_views">1.2K</span>
            <span class="tgme_widget_message_meta">edited <a class="tgme_widget_message_date" href="https://t.me/gazette/42"><time datetime="2025-02-12T09:30:00+00:00" class="time">09:30</time></a></span></div></div>
            </div></div></div><script>TWidgetPost.init();</script></body></html>
            """;
        using var server = new LocalServer(c => LocalServer.Write(c, post));
        var history = NewHistory(server.Url("/gazette/42"));

        var result = await Capture(history, request: new CaptureRequest { Declaration = Declarations.Resolve("telegram-post") });

        Assert.Equal(CaptureOutcome.Added, result.Outcome);
        Assert.Equal("/gazette/42?embed=1&mode=tme", Assert.Single(server.Requests).PathAndQuery);
        var revision = HistoryFile.Read(history).Latest!;
        Assert.Equal("Council approves emergency repairs to Harbour Bridge.\n\nThe work will cost £6.8 million.\n", revision.Text);
        Assert.Equal("Kestlebury Gazette", revision.Title);
        Assert.Equal("true", revision.Attributes["capture.edited-mark"]);
        Assert.Equal("2025-02-12T09:30:00Z", revision.Attributes["capture.claimed-published"]);
        Assert.Equal("declaration:telegram-post/1", revision.Attributes["capture.extractor"]);
    }

    [Fact]
    public async Task A_fetch_says_who_it_is()
    {
        using var server = new LocalServer(c => LocalServer.Write(c, Pages.Article("Bridge", Pages.First)));
        var history = NewHistory(server.Url("/a"));

        await Capture(history);

        Assert.StartsWith("artrev/", server.Requests.Single().Headers["User-Agent"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_first_capture_creates_the_history_with_its_first_revision_raw_page_and_state()
    {
        var html = Pages.Article("Bridge", Pages.First, Pages.Second);
        using var server = new LocalServer(c => LocalServer.Write(c, html));
        var history = folder.File("bridge.jsonl");

        var result = await Capture(history, request: new CaptureRequest { Article = NewArticle(server.Url("/a")) });

        Assert.Equal(CaptureOutcome.Added, result.Outcome);
        var file = HistoryFile.Open(history);
        Assert.Equal("bridge", file.Article.Id);
        Assert.Equal(1, file.Count);
        Assert.Equal(Encoding.UTF8.GetBytes(html), file.RawSources.Get(file.GetRevision(1).RawSource!));
        Assert.Equal(file.GetRevision(1).RawSource, CaptureStore.LoadState(history).Raw);
        Assert.True(file.History.Verify().IsValid);
        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("an HTTP error")]
    [InlineData("a page with no text")]
    [InlineData("a declaration that matches nothing")]
    [InlineData("a raw page that cannot be stored")]
    public async Task A_first_capture_that_records_nothing_leaves_no_history_no_sidecar_no_raw_source_and_no_state(string trouble)
    {
        using var server = new LocalServer(c =>
        {
            switch (trouble)
            {
                case "an HTTP error":
                    LocalServer.Status(c, 500);
                    return Task.CompletedTask;
                case "a page with no text":
                    return LocalServer.Write(c, " \n\n ", "text/plain; charset=utf-8");
                case "a raw page that cannot be stored":
                    // Extracted, but no raw-source reference holds a media type over 200 characters.
                    return LocalServer.Write(c, Pages.Article("Bridge", Pages.First), "text/" + new string('x', 250));
                default:
                    return LocalServer.Write(c, Pages.Article("Bridge", Pages.First));
            }
        });
        var history = folder.File("bridge.jsonl");
        var request = new CaptureRequest
        {
            Article = NewArticle(server.Url("/a")),
            Declaration = trouble == "a declaration that matches nothing" ? new SourceDeclaration { Name = "gazette", Select = [".story-body"] } : null,
        };

        var result = await Capture(history, request: request);

        Assert.Equal(trouble is "an HTTP error" or "a raw page that cannot be stored" ? CaptureOutcome.Failed : CaptureOutcome.Broken, result.Outcome);
        Assert.False(result.Recorded);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task A_raw_page_that_cannot_be_stored_fails_the_capture_of_an_existing_history_and_writes_nothing_to_it()
    {
        using var server = new LocalServer(c => LocalServer.Write(c, Pages.Article("Bridge", Pages.First), "text/" + new string('x', 250)));
        var history = NewHistory(server.Url("/a"));
        var before = File.ReadAllBytes(history);

        var result = await Capture(history);

        Assert.Equal(CaptureOutcome.Failed, result.Outcome);
        Assert.StartsWith("the raw page cannot be kept: Media type", result.Detail, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(history));
        Assert.False(Directory.Exists(RawSourceStore.ForHistory(history).Directory));
    }

    [Fact]
    public async Task A_new_history_is_never_written_over_a_file_that_appeared_while_its_first_page_was_fetched()
    {
        var history = folder.File("bridge.jsonl");
        using var server = new LocalServer(c =>
        {
            File.WriteAllText(history, "someone else's");
            return LocalServer.Write(c, Pages.Article("Bridge", Pages.First));
        });

        await Assert.ThrowsAsync<IOException>(() => Capture(history, request: new CaptureRequest { Article = NewArticle(server.Url("/a")) }));

        Assert.Equal("someone else's", File.ReadAllText(history));
        Assert.Equal([history], Directory.EnumerateFileSystemEntries(folder.Path));
    }

    [Fact]
    public async Task A_first_capture_of_a_page_that_is_gone_creates_the_history_with_that_event()
    {
        using var server = new LocalServer(c => { LocalServer.Status(c, 404); return Task.CompletedTask; });
        var history = folder.File("bridge.jsonl");

        var result = await Capture(history, request: new CaptureRequest { Article = NewArticle(server.Url("/a")) });

        Assert.Equal(CaptureOutcome.Gone, result.Outcome);
        var read = HistoryFile.Read(history);
        Assert.Empty(read.Revisions);
        Assert.Equal(HistoryEventKind.SourceGone, Assert.Single(read.Events).Event.Kind);
        Assert.True(PageCapturer.ReadState(history).Gone);
    }

    [Fact]
    public async Task Without_an_article_a_history_that_does_not_exist_is_not_captured_into()
    {
        using var server = new LocalServer(c => LocalServer.Write(c, Pages.Article("Bridge", Pages.First)));

        await Assert.ThrowsAsync<FileNotFoundException>(() => Capture(folder.File("bridge.jsonl"), request: new CaptureRequest { Url = server.Url("/a") }));

        Assert.Empty(server.Requests);
        Assert.Empty(Directory.EnumerateFileSystemEntries(folder.Path));
    }

    private static Article NewArticle(Uri source) => new("bridge", "Bridge", DateTimeZone.Utc, "en", source);

    private string NewHistory(Uri source)
    {
        var path = folder.File($"h{Guid.NewGuid():N}.jsonl");
        HistoryFile.Create(path, new Article("bridge", "Bridge", DateTimeZone.Utc, "en", source));
        return path;
    }

    private async Task<CaptureResult> Capture(string history, FetchOptions? options = null, CaptureRequest? request = null)
    {
        using var fetcher = new PageFetcher(options, clock);
        return await new PageCapturer(fetcher, clock).CaptureAsync(history, request, TestContext.Current.CancellationToken);
    }
}
