using System.Reflection;
using System.Xml.Linq;
using ArticleRevisions.Model;

namespace ArticleRevisions.Tests.Conventions;

/// <summary>
/// Keeps the house rules for public types: sealed (or static) classes; no way to change a value after it is made
/// (no settable property, no field that is not read-only); and documentation that says so, or says why not.
/// </summary>
public class ImmutabilityTests
{
    /// <summary>The public types that are not immutable values, each with the reason, which its documentation gives too.</summary>
    private static readonly Dictionary<string, string> Mutable = new()
    {
        ["ArticleRevisions.Storage.HistoryFile"] = "an open history file: appending changes its History, as the file on disk changes",
        ["ArticleRevisions.Storage.HistoryBatch"] = "a write in progress: it gathers revisions and events until it is committed or disposed",
    };

    private static readonly Assembly Library = typeof(ArticleHistory).Assembly;

    private static readonly XDocument Docs = XDocument.Load(Path.ChangeExtension(Library.Location, ".xml"));

    public static TheoryData<string> PublicClasses() => Names(Library.GetExportedTypes().Where(t => t.IsClass));

    public static TheoryData<string> PublicValueTypes() =>
        Names(Library.GetExportedTypes().Where(t => !t.IsInterface && !t.IsEnum && !IsStatic(t) && !typeof(Exception).IsAssignableFrom(t)));

    [Theory]
    [MemberData(nameof(PublicClasses))]
    public void Public_classes_are_sealed_or_static(string name)
    {
        var type = Library.GetType(name)!;

        Assert.True(type.IsSealed, $"{name} is neither sealed nor static.");
    }

    [Theory]
    [MemberData(nameof(PublicValueTypes))]
    public void Public_types_cannot_change_after_they_are_made(string name)
    {
        var type = Library.GetType(name)!;
        if (Mutable.ContainsKey(name))
        {
            return;
        }

        var setters = type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.SetMethod is { IsPublic: true } setter && !IsInitOnly(setter))
            .Select(p => p.Name);
        var fields = type.GetFields(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance)
            .Where(f => !f.IsInitOnly)
            .Select(f => f.Name);

        Assert.Empty(setters.Concat(fields));
    }

    [Theory]
    [MemberData(nameof(PublicValueTypes))]
    public void Public_types_say_they_are_immutable_or_why_not(string name)
    {
        var docs = Documentation(name);

        if (Mutable.ContainsKey(name))
        {
            Assert.Matches("not (immutable|thread-safe)", docs);
        }
        else
        {
            Assert.Contains("immutable", docs, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Theory]
    [MemberData(nameof(PublicClasses))]
    public void Static_classes_say_they_keep_no_state(string name)
    {
        var type = Library.GetType(name)!;
        if (!IsStatic(type))
        {
            return;
        }

        Assert.Matches("stateless|keeps no state|pure", Documentation(name));
    }

    private static TheoryData<string> Names(IEnumerable<Type> types)
    {
        var data = new TheoryData<string>();
        foreach (var type in types)
        {
            data.Add(type.FullName!);
        }

        return data;
    }

    private static string Documentation(string name) =>
        Docs.Descendants("member").SingleOrDefault(m => (string?)m.Attribute("name") == "T:" + name)?.Value
        ?? throw new InvalidOperationException($"{name} has no documentation.");

    private static bool IsStatic(Type type) => type is { IsAbstract: true, IsSealed: true };

    private static bool IsInitOnly(MethodInfo setter) =>
        setter.ReturnParameter.GetRequiredCustomModifiers().Any(m => m.FullName == "System.Runtime.CompilerServices.IsExternalInit");
}
