namespace ProcurementSim.Seminar.Security;

/// <summary>
/// The tokens of one game's roles, as <see cref="SeatAccess"/> checks a request against them. A game holds them
/// (their hashes); this folder only needs to ask, so it does not depend on the game itself.
/// </summary>
internal interface IRoleTokens
{
    /// <summary>Whether <paramref name="token"/> is <paramref name="role"/>'s.</summary>
    bool IsTokenOf(string role, string? token);

    /// <summary>The role (facilitator or seat id) whose token this is, or null.</summary>
    string? RoleOf(string? token);
}
