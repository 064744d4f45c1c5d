using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Builder;
using ProcurementSim.Seminar.Exports;

namespace ProcurementSim.Seminar;

/// <summary>
/// A game's after-action export, as CSV and JSON (<see cref="GameExport"/>): for whoever may read the debrief (the
/// facilitator always, the players once the game is over).
/// </summary>
internal static class ExportEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/g/{id}/export.json", (string id, HttpContext c) => SeminarEndpoints.AsDebriefReader(c, id, g =>
            File(g.Read(x => GameExport.Json(id, x)), "application/json; charset=utf-8", $"game-{id}.json")));
        app.MapGet("/g/{id}/export.csv", (string id, HttpContext c) => SeminarEndpoints.AsDebriefReader(c, id, g =>
            File(g.Read(GameExport.Csv), "text/csv; charset=utf-8", $"game-{id}.csv")));
    }

    private static IResult File(byte[] bytes, string type, string name) => Results.File(bytes, type, name);
}
