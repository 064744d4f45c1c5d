using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace ProcurementSim.Core.Loading;

/// <summary>
/// Builds a positioned tree from YamlDotNet's parser events. It reports duplicate keys, non-scalar keys,
/// unknown aliases and alias bombs, and keeps going. A syntax error or too-deep nesting ends the tree: YamlDotNet's
/// scanner does work proportional to the flow depth for every token, so "[[[[..." a megabyte long would take hours
/// to skip.
/// </summary>
internal sealed class YamlTreeReader(DiagnosticBag diagnostics)
{
    private const string StrTag = "tag:yaml.org,2002:str";

    private readonly Dictionary<string, YamlNode> _anchors = new(StringComparer.Ordinal);
    private IParser _parser = null!;
    private int _aliases;
    private long _aliasExpansion;
    private bool _aliasCountReported;
    private bool _aliasExpansionReported;
    private bool _stopped;

    /// <summary>The document's root, or null when the file holds no document or has a syntax error (already reported).</summary>
    public YamlNode? Read(string text)
    {
        _parser = new Parser(new StringReader(text));
        try
        {
            Expect<StreamStart>();
            if (Current is StreamEnd) return null;
            Expect<DocumentStart>();
            var root = ReadNode(1, "");
            if (_stopped) return null;
            Expect<DocumentEnd>();
            if (Current is DocumentStart second)
            {
                diagnostics.Add(second.Start.Line, second.Start.Column,
                    "scenario: the file holds more than one YAML document; remove the second '---' and what follows");
            }
            return root;
        }
        catch (YamlException e)
        {
            diagnostics.Add(e.Start.Line, e.Start.Column, "YAML syntax error: " + Sentence(e.Message));
            return null;
        }
    }

    private ParsingEvent Current => _parser.Current ?? throw new YamlException("unexpected end of the file");

    private void Advance()
    {
        var last = _parser.Current?.End ?? Mark.Empty;
        bool moved;
        try
        {
            moved = _parser.MoveNext();
        }
        catch (Exception e) when (e is not YamlException)
        {
            // YamlDotNet's scanner throws plain exceptions on some unterminated input (e.g. "{a: 1" at the end of the file).
            throw new YamlException(last, last, "the YAML parser stopped here; look for an unclosed bracket, brace or quote", e);
        }
        if (!moved) throw new YamlException(last, last, "unexpected end of the file");
    }

    private void Expect<T>() where T : ParsingEvent
    {
        if (_parser.Current is null) Advance();
        if (Current is not T) throw new YamlException(Current.Start, Current.End, "unexpected " + Current.GetType().Name);
        Advance();
    }

    private YamlNode ReadNode(int depth, string path)
    {
        var ev = Current;
        YamlNode node;
        switch (ev)
        {
            case AnchorAlias alias:
                Advance();
                return ResolveAlias(alias, path);
            case Scalar s:
                Advance();
                node = new YamlScalar(s.Start.Line, s.Start.Column, s.Value, s.Style != ScalarStyle.Plain || IsStrTag(s.Tag), TextOffset(s));
                break;
            case SequenceStart or MappingStart when depth > Limits.MaxDepth:
                diagnostics.Add(ev.Start.Line, ev.Start.Column, string.Create(CultureInfo.InvariantCulture,
                    $"{Paths.Label(path)}: nesting deeper than {Limits.MaxDepth} levels is not allowed; the file is not read further"));
                _stopped = true;
                return new YamlInvalid(ev.Start.Line, ev.Start.Column);
            case SequenceStart:
                node = ReadSequence(depth, path);
                break;
            case MappingStart:
                node = ReadMapping(depth, path);
                break;
            default:
                throw new YamlException(ev.Start, ev.End, "unexpected " + ev.GetType().Name);
        }
        if (ev is NodeEvent { Anchor.IsEmpty: false } anchored) _anchors[anchored.Anchor.Value] = node;
        return node;
    }

    private YamlSequence ReadSequence(int depth, string path)
    {
        var start = Current.Start;
        Advance();
        var items = new List<YamlNode>();
        while (!_stopped && Current is not SequenceEnd) items.Add(ReadNode(depth + 1, Paths.Index(path, items.Count)));
        if (!_stopped) Advance();
        return new YamlSequence(start.Line, start.Column, items);
    }

    private YamlMapping ReadMapping(int depth, string path)
    {
        var start = Current.Start;
        Advance();
        var entries = new List<YamlEntry>();
        var seen = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        while (!_stopped && Current is not MappingEnd)
        {
            var keyEvent = Current;
            var key = ReadNode(depth + 1, path);
            var keyPath = key is YamlScalar ks ? Paths.Key(path, ks.Value) : path;
            if (_stopped) break;
            var value = ReadNode(depth + 1, keyPath);
            if (key is not YamlScalar k)
            {
                if (key is not YamlInvalid)
                    diagnostics.Add(keyEvent.Start.Line, keyEvent.Start.Column, $"{Paths.Label(path)}: a key must be a plain name, got {key.Describe()}");
            }
            else if (seen.TryGetValue(k.Value, out var first))
            {
                diagnostics.Add(k, string.Create(CultureInfo.InvariantCulture,
                    $"{keyPath}: duplicate key; '{k.Shown}' is already given on line {first.Line}"));
            }
            else
            {
                seen.Add(k.Value, k);
                entries.Add(new YamlEntry(k, value));
            }
        }
        if (!_stopped) Advance();
        return new YamlMapping(start.Line, start.Column, entries);
    }

    private YamlNode ResolveAlias(AnchorAlias alias, string path)
    {
        var (line, column) = (alias.Start.Line, alias.Start.Column);
        var name = alias.Value.Value;
        if (++_aliases > Limits.MaxAliases)
        {
            if (!_aliasCountReported)
            {
                diagnostics.Add(line, column, string.Create(CultureInfo.InvariantCulture,
                    $"{Paths.Label(path)}: too many aliases; a scenario may use at most {Limits.MaxAliases} (aliases are limited to guard against alias bombs)"));
                _aliasCountReported = true;
            }
            return new YamlInvalid(line, column);
        }
        if (!_anchors.TryGetValue(name, out var target))
        {
            diagnostics.Add(line, column, $"{Paths.Label(path)}: unknown alias '*{name}'; define the anchor '&{name}' on an earlier node");
            return new YamlInvalid(line, column);
        }
        if (_aliasExpansion + target.Size > Limits.MaxAliasExpansion)
        {
            if (!_aliasExpansionReported)
            {
                diagnostics.Add(line, column, string.Create(CultureInfo.InvariantCulture,
                    $"{Paths.Label(path)}: alias '*{name}' would expand the file by more than {Limits.MaxAliasExpansion} nodes in total (aliases are limited to guard against alias bombs)"));
                _aliasExpansionReported = true;
            }
            return new YamlInvalid(line, column);
        }
        _aliasExpansion += target.Size;
        return target is YamlScalar s ? s.At(line, column) : target;
    }

    /// <summary>
    /// 0 for a one-line plain scalar, 1 for a one-line quoted one whose source is its value between the quotes; null
    /// when escapes, folding, a tag or an anchor make positions in the value differ from columns in the file.
    /// </summary>
    private static int? TextOffset(Scalar s)
    {
        if (s.Start.Line != s.End.Line) return null;
        var width = s.End.Index - s.Start.Index;
        return s.Style switch
        {
            ScalarStyle.Plain when width == s.Value.Length => 0,
            ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted when width == s.Value.Length + 2 => 1,
            _ => null,
        };
    }

    private static bool IsStrTag(TagName tag) => !tag.IsEmpty && !tag.IsNonSpecific && tag.Value == StrTag;

    private static string Sentence(string message)
    {
        var m = message.Trim().TrimEnd('.');
        return m.Length == 0 ? "the file is not valid YAML" : char.ToLowerInvariant(m[0]) + m[1..];
    }
}
