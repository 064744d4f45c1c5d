using ProcurementSim.Core.Decisions;

namespace ProcurementSim.Core.Actors;

/// <summary>The signposts strategy triggers wait on, counted from what the agency already receives (docs/MODEL.md, "Signposts and triggers").</summary>
public sealed partial class AgencyActor
{
    private int _incidentsSeen;
    private int _breachesSeen;
    private int _publicReportsSeen;
    private int _clarificationsSeen;
    private int _accreditationFailuresSeen;
    private int _lastAwarded = -1;

    /// <inheritdoc />
    public Signposts Signposts
    {
        get
        {
            var spend = SpendSentLastWeek();
            var chosen = _lastAwarded;
            return new Signposts(
                Tick,
                _incidentsSeen,
                _breachesSeen,
                _publicReportsSeen,
                _clarificationsSeen,
                chosen >= 0 && _state[chosen] == KnownVendorState.Accredited,
                _accreditationFailuresSeen,
                chosen >= 0 ? _readiness[chosen] : 0,
                _budget - spend,
                spend,
                _risk);
        }
    }

    /// <summary>Σ over vendors and categories of (sent share + sent shadow) × demand × contract price: the tasking as last sent.</summary>
    private double SpendSentLastWeek()
    {
        double spend = 0;
        for (var v = 0; v < _v; v++)
        {
            for (var c = 0; c < _c; c++)
            {
                var i = (v * _c) + c;
                spend += (_sent[i] + _sentShadow[i]) * _demand[c] * _price[v];
            }
        }
        return spend;
    }
}
