using System.Net.Http.Headers;

namespace ArticleRevisions.Capture.Alerts;

/// <summary>POSTs alerts' JSON to a webhook; a failure is reported to the caller as a message, never thrown.</summary>
internal sealed class WebhookSender(HttpClient client, string userAgent)
{
    public async Task<string?> SendAsync(Uri webhook, Alert alert, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(15));
        try
        {
            using var content = new ByteArrayContent(AlertLog.ToJson(alert));
            content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            using var request = new HttpRequestMessage(HttpMethod.Post, webhook) { Content = content };
            request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
            using var response = await client.SendAsync(request, timeout.Token).ConfigureAwait(false);
            return response.IsSuccessStatusCode ? null : $"the webhook answered HTTP {(int)response.StatusCode}";
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return "the webhook did not answer within 15 s";
        }
        catch (HttpRequestException e)
        {
            return $"the webhook could not be reached ({e.Message})";
        }
    }
}
