using System.Globalization;
using System.Reflection;
using ProcurementSim.ActorHost.Runs;
using ProcurementSim.ActorHost.Tests.Support;
using ProcurementSim.Core.Actors;
using ProcurementSim.Core.Messages;
using ProcurementSim.Core.Playbooks;

namespace ProcurementSim.ActorHost.Tests;

/// <summary>
/// A played tick's answer keeps a copy of the actor's report: the Core reuses its report from tick to tick, and a
/// retried AdvanceTick must get what the tick reported. Every property is read by reflection, so a field added to a
/// Core report and not to the copy in SteppingAgency or SteppingVendor fails here instead of vanishing from
/// distributed runs.
/// </summary>
public sealed class TickAnswerTests
{
    private static readonly ScenarioFile File = ScenarioFile.Read("teaching-minimal.yaml");

    [Fact]
    public void The_answer_keeps_every_field_of_the_agency_report_as_the_tick_left_it()
    {
        var s = File.Scenario;
        var agency = new AgencyActor(s, PlaybookFactory.Create(s, File.Strategy("status_quo")), 7, 0);
        Fill(agency.Report, 1);
        var reported = Values(agency.Report);

        var answer = new SteppingAgency(agency).Answer(3);
        Fill(agency.Report, 50);

        Assert.Null(answer.Vendor);
        Assert.Equal(reported, Values(answer.Agency!));
        Assert.Equal((ActorIds.Agency, 3), (answer.ActorId, answer.Tick));
    }

    [Fact]
    public void The_answer_keeps_every_field_of_a_vendor_report_as_the_tick_left_it()
    {
        var s = File.Scenario;
        var vendor = new VendorActor(s, 0, 7, 0);
        Fill(vendor.Report, 1);
        var reported = Values(vendor.Report);

        var answer = new SteppingVendor(vendor).Answer(3);
        Fill(vendor.Report, 50);

        Assert.Null(answer.Agency);
        Assert.Equal(reported, Values(answer.Vendor!));
        Assert.Equal((vendor.Id, 3), (answer.ActorId, answer.Tick));
    }

    // Gives every property a value of its own, different for each salt.
    private static void Fill(object report, int salt)
    {
        var i = salt;
        foreach (var p in Properties(report))
        {
            i++;
            var t = p.PropertyType;
            if (t == typeof(double[]))
            {
                var values = (double[])p.GetValue(report)!;
                for (var j = 0; j < values.Length; j++) values[j] = i + (j * 0.125);
            }
            else if (t == typeof(double)) p.SetValue(report, i + 0.5);
            else if (t == typeof(int)) p.SetValue(report, i);
            else if (t == typeof(bool)) p.SetValue(report, salt % 2 == 1);
            else if (t.IsEnum) p.SetValue(report, Enum.GetValues(t).GetValue(i % Enum.GetValues(t).Length));
            else Assert.Fail($"{report.GetType().Name}.{p.Name} is a {t.Name}: teach this test to fill it");
        }
    }

    private static List<string> Values(object report) =>
        [.. Properties(report).Select(p => p.Name + "=" + Text(p.GetValue(report)))];

    private static string Text(object? value) => value is double[] a
        ? string.Join(",", a.Select(x => x.ToString("R", CultureInfo.InvariantCulture)))
        : Convert.ToString(value, CultureInfo.InvariantCulture) ?? "null";

    private static IEnumerable<PropertyInfo> Properties(object report) =>
        report.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal);
}
