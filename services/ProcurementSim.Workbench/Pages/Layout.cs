using System.Net;

namespace ProcurementSim.Workbench.Pages;

/// <summary>The workbench's page frame: header with the two doors (workbench, seminar), the styles and the scripts.</summary>
internal static class Layout
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? "");

    public static string Page(string title, string body, string? script = null, bool plotly = false) => $"""
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>{E(title)} · ProcurementSim workbench</title>
        <link rel="stylesheet" href="/workbench/static/workbench.css">
        </head>
        <body>
        <header class="top"><a class="brand" href="/workbench">Planners' workbench</a>
          <nav><a href="/workbench">Scenarios and variants</a> <a href="/workbench/experiments">Experiments</a> <a href="/">Seminar</a></nav></header>
        <main>
        {body}
        </main>
        {(plotly ? "<script src=\"/workbench/static/plotly.js\"></script>" : "")}
        {(script is null ? "" : $"<script src=\"/workbench/static/{script}\"></script>")}
        </body>
        </html>
        """;
}
