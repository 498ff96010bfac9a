using System.Collections.Immutable;
using System.Net;
using System.Net.Http.Headers;
using System.Runtime.InteropServices;
using NodaTime;

namespace ArticleRevisions.Capture.Fetching;

/// <summary>
/// Fetches pages over HTTP politely and defensively: a clear User-Agent, a timeout per request, redirects followed
/// one by one and recorded, conditional requests, and a size limit enforced while the body streams in.
/// </summary>
/// <remarks>
/// Instances are thread-safe and meant to be shared (they pool connections); dispose them when done. A fetch never
/// throws for what a server or the network does: every such outcome is a <see cref="FetchResult"/>.
/// </remarks>
public sealed class PageFetcher : IDisposable
{
    private static readonly ImmutableHashSet<int> RedirectCodes = [301, 302, 303, 307, 308];

    private readonly HttpClient client;
    private readonly FetchOptions options;
    private readonly IClock clock;

    /// <summary>Creates a fetcher.</summary>
    /// <param name="options">Limits and identity; <see cref="FetchOptions.Default"/> when null.</param>
    /// <param name="clock">Supplies the time each response is received.</param>
    /// <param name="handler">The handler to send through (a test double, a proxy); a pooled sockets handler when null.</param>
    /// <exception cref="ArgumentNullException"><paramref name="clock"/> is null.</exception>
    public PageFetcher(FetchOptions? options, IClock clock, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        this.options = options ?? FetchOptions.Default;
        this.clock = clock;
        handler ??= new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.All,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
            ConnectTimeout = this.options.Timeout.ToTimeSpan(),
            UseCookies = false,
        };
        client = new HttpClient(handler) { Timeout = Timeout.InfiniteTimeSpan };
    }

    /// <summary>Fetches <paramref name="uri"/>, following redirects, sending <paramref name="validators"/> as a conditional request.</summary>
    /// <param name="uri">An absolute http or https URL.</param>
    /// <param name="validators">The previous response's ETag and Last-Modified, or null.</param>
    /// <param name="cancellationToken">Stops the fetch (the caller's wish, unlike the timeout, which is a result).</param>
    /// <returns>What happened; never an exception for a server's or the network's doing.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="uri"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="uri"/> is not an absolute http or https URL.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public async Task<FetchResult> FetchAsync(Uri uri, FetchValidators? validators = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (!IsHttp(uri))
        {
            throw new ArgumentException($"'{uri.OriginalString}' is not an absolute http or https URL.", nameof(uri));
        }

        var redirects = ImmutableArray.CreateBuilder<Redirect>();
        var current = uri;
        var seen = new HashSet<Uri> { uri };
        while (true)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(options.Timeout.ToTimeSpan());
            try
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                request.Headers.TryAddWithoutValidation("User-Agent", options.UserAgent);
                request.Headers.TryAddWithoutValidation("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
                if (validators?.ETag is { } etag)
                {
                    request.Headers.TryAddWithoutValidation("If-None-Match", etag);
                }

                if (validators?.LastModified is { } lastModified)
                {
                    request.Headers.TryAddWithoutValidation("If-Modified-Since", lastModified);
                }

                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                var code = (int)response.StatusCode;
                if (RedirectCodes.Contains(code) && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    redirects.Add(new Redirect(current, next, code));
                    if (redirects.Count > options.MaxRedirects || !seen.Add(next) || !IsHttp(next))
                    {
                        var why = !IsHttp(next) ? $"a redirect to '{next}', which is not http or https" : redirects.Count > options.MaxRedirects ? $"more than {options.MaxRedirects} redirects" : $"a redirect loop back to {next}";
                        return Result(uri, current, redirects, FetchStatus.TooManyRedirects, response) with { Problem = why };
                    }

                    current = next;
                    continue;
                }

                if (code == 304)
                {
                    return Result(uri, current, redirects, FetchStatus.NotModified, response);
                }

                return await ReadBodyAsync(uri, current, redirects, response, timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return new FetchResult
                {
                    Status = FetchStatus.TimedOut,
                    RequestedUri = uri,
                    FinalUri = current,
                    Redirects = redirects.ToImmutable(),
                    FetchedAt = clock.GetCurrentInstant(),
                    Problem = $"no complete answer within {options.Timeout.TotalSeconds:0.###} s",
                };
            }
            catch (HttpRequestException e)
            {
                return new FetchResult
                {
                    Status = FetchStatus.NetworkError,
                    RequestedUri = uri,
                    FinalUri = current,
                    Redirects = redirects.ToImmutable(),
                    FetchedAt = clock.GetCurrentInstant(),
                    Problem = e.InnerException is { } inner ? $"{e.Message} ({inner.Message})" : e.Message,
                };
            }
            catch (IOException e)
            {
                // The connection broke while the body was streaming in.
                return new FetchResult
                {
                    Status = FetchStatus.NetworkError,
                    RequestedUri = uri,
                    FinalUri = current,
                    Redirects = redirects.ToImmutable(),
                    FetchedAt = clock.GetCurrentInstant(),
                    Problem = e.Message,
                };
            }
        }
    }

    /// <inheritdoc/>
    public void Dispose() => client.Dispose();

    internal static bool IsHttp(Uri uri) => uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private async Task<FetchResult> ReadBodyAsync(Uri requested, Uri final, ImmutableArray<Redirect>.Builder redirects, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var limit = options.MaxBytes;
        var status = response.IsSuccessStatusCode ? FetchStatus.Ok : FetchStatus.HttpError;
        if (response.Content.Headers.ContentLength is { } declared && declared > limit)
        {
            // Told up front: nothing of the body is read at all.
            return Result(requested, final, redirects, FetchStatus.TooLarge, response) with { Problem = TooLargeProblem(declared, limit, declared: true) };
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        var buffer = new byte[(int)Math.Min(limit + 1, 64 * 1024)];
        var length = 0;
        while (true)
        {
            if (length == buffer.Length)
            {
                if (length > limit)
                {
                    return Result(requested, final, redirects, FetchStatus.TooLarge, response) with { BytesRead = length, Problem = TooLargeProblem(length, limit, declared: false) };
                }

                Array.Resize(ref buffer, (int)Math.Min(limit + 1, (long)buffer.Length * 2));
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            length += read;
            if (length > limit)
            {
                return Result(requested, final, redirects, FetchStatus.TooLarge, response) with { BytesRead = length, Problem = TooLargeProblem(length, limit, declared: false) };
            }
        }

        Array.Resize(ref buffer, length);
        return Result(requested, final, redirects, status, response) with
        {
            Body = ImmutableCollectionsMarshal.AsImmutableArray(buffer),
            BytesRead = length,
            Problem = status == FetchStatus.HttpError ? $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}".TrimEnd() : null,
        };
    }

    private static string TooLargeProblem(long bytes, long limit, bool declared) =>
        declared
            ? $"the body is {bytes:N0} bytes, over the {limit:N0}-byte limit; nothing was read"
            : $"the body ran past the {limit:N0}-byte limit; reading stopped there";

    private FetchResult Result(Uri requested, Uri final, ImmutableArray<Redirect>.Builder redirects, FetchStatus status, HttpResponseMessage response)
    {
        MediaTypeHeaderValue? contentType = response.Content.Headers.ContentType;
        return new FetchResult
        {
            Status = status,
            RequestedUri = requested,
            FinalUri = final,
            Redirects = redirects.ToImmutable(),
            StatusCode = (int)response.StatusCode,
            ETag = response.Headers.TryGetValues("ETag", out var etags) ? etags.FirstOrDefault() : null,
            LastModified = response.Content.Headers.TryGetValues("Last-Modified", out var modified) ? modified.FirstOrDefault()
                : response.Headers.TryGetValues("Last-Modified", out modified) ? modified.FirstOrDefault() : null,
            MediaType = contentType?.MediaType,
            HeaderCharset = contentType?.CharSet?.Trim('"', '\''),
            FetchedAt = clock.GetCurrentInstant(),
        };
    }
}
