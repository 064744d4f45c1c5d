using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace ProcurementSim.Workbench;

/// <summary>Reads a request's JSON body, answering 415 or 400 with a sentence when it cannot.</summary>
internal static class JsonBody
{
    public static async Task<(T? Body, IResult? Refusal)> Read<T>(HttpRequest request) where T : class
    {
        if (!request.HasJsonContentType()) return (null, Results.Text("Send the request as JSON (Content-Type: application/json).", statusCode: 415));
        try
        {
            var body = await request.ReadFromJsonAsync<T>().ConfigureAwait(false);
            return body is null ? (null, Results.Text("The request's JSON is empty.", statusCode: 400)) : (body, null);
        }
        catch (JsonException e)
        {
            return (null, Results.Text($"The request's JSON cannot be read: {e.Message}", statusCode: 400));
        }
    }
}
