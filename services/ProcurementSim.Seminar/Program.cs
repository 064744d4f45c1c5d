using ProcurementSim.Seminar;

// The seminar web app on its own (docker compose). `procsim serve` hosts the same thing from the CLI.
// Seminar__StorePath, Seminar__ScenariosFolder; the address comes from ASPNETCORE_URLS (default below: loopback).
var builder = WebApplication.CreateBuilder(args);
builder.WebHost.UseUrls(builder.Configuration["urls"] ?? "http://127.0.0.1:5080");
builder.AddSeminar();
var app = builder.Build();
app.MapSeminar();
app.Run();
