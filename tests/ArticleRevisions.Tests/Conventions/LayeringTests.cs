using System.Reflection;
using System.Reflection.Emit;
using ArticleRevisions.Model;

namespace ArticleRevisions.Tests.Conventions;

/// <summary>
/// Data flows one way (README, "Internals"): a namespace may use only namespaces in layers below its own. Checked on
/// the compiled assembly: every type's base types, fields, properties, method signatures and the types, methods and
/// fields its method bodies refer to (read from their IL).
/// </summary>
public class LayeringTests
{
    /// <summary>The layers, lowest first: text and tokens, then the model and the diff, storage, the analyses, results, renderers.</summary>
    private static readonly Dictionary<string, int> Layers = new()
    {
        ["ArticleRevisions.Text"] = 0,
        ["ArticleRevisions.Model"] = 1,
        ["ArticleRevisions.Diffing"] = 1,
        ["ArticleRevisions.Storage"] = 2,
        ["ArticleRevisions.Timeline"] = 3,
        ["ArticleRevisions.Classification"] = 3,
        ["ArticleRevisions.Provenance"] = 3,
        ["ArticleRevisions.Reports"] = 4,
        ["ArticleRevisions.Rendering"] = 5,
    };

    private static readonly Assembly Library = typeof(ArticleHistory).Assembly;

    private static readonly Dictionary<short, OpCode> OpCodesByValue = typeof(OpCodes)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .Select(f => (OpCode)f.GetValue(null)!)
        .ToDictionary(o => o.Value);

    [Fact]
    public void Every_namespace_of_the_library_has_a_layer()
    {
        var namespaces = Library.GetTypes().Select(NamespaceOf).OfType<string>().Distinct();

        Assert.All(namespaces, ns => Assert.True(Layers.ContainsKey(ns), $"{ns} has no layer in the README's internals and this test."));
    }

    [Fact]
    public void No_type_refers_to_a_type_of_a_higher_layer_or_a_sibling()
    {
        var violations = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var type in Library.GetTypes())
        {
            if (NamespaceOf(type) is not { } from)
            {
                continue;
            }

            foreach (var used in References(type))
            {
                if (NamespaceOf(used) is { } to && to != from && Layers[to] >= Layers[from])
                {
                    violations.Add($"{Outer(type).FullName} ({from}) uses {Outer(used).FullName} ({to})");
                }
            }
        }

        Assert.Empty(violations);
    }

    [Fact]
    public void The_check_sees_references_inside_method_bodies()
    {
        // TextDiffer names WordScanner, an internal type, only inside Compare's body.
        var differ = Library.GetType("ArticleRevisions.Diffing.TextDiffer")!;

        Assert.Contains(References(differ), t => t.FullName == "ArticleRevisions.Text.WordScanner");
    }

    /// <summary>The namespace a type belongs to, counting nested and compiler-made types as their outer type's; null outside the library's namespaces.</summary>
    private static string? NamespaceOf(Type type)
    {
        var ns = Outer(type).Namespace;
        return ns is not null && ns.StartsWith("ArticleRevisions", StringComparison.Ordinal) ? ns : null;
    }

    private static Type Outer(Type type)
    {
        while (type.IsNested)
        {
            type = type.DeclaringType!;
        }

        return type;
    }

    private static HashSet<Type> References(Type type)
    {
        const BindingFlags All = BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static | BindingFlags.DeclaredOnly;
        var found = new HashSet<Type>();
        Add(found, type.BaseType);
        foreach (var face in type.GetInterfaces())
        {
            Add(found, face);
        }

        foreach (var field in type.GetFields(All))
        {
            Add(found, field.FieldType);
        }

        foreach (var property in type.GetProperties(All))
        {
            Add(found, property.PropertyType);
        }

        foreach (var method in type.GetMethods(All).Cast<MethodBase>().Concat(type.GetConstructors(All)))
        {
            if (method is MethodInfo info)
            {
                Add(found, info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Add(found, parameter.ParameterType);
            }

            foreach (var local in method.GetMethodBody()?.LocalVariables ?? [])
            {
                Add(found, local.LocalType);
            }

            foreach (var member in BodyReferences(method))
            {
                AddMember(found, member);
            }
        }

        return found;
    }

    /// <summary>The types, methods and fields a method's IL names, resolved through its module.</summary>
    private static IEnumerable<MemberInfo> BodyReferences(MethodBase method)
    {
        var il = method.GetMethodBody()?.GetILAsByteArray();
        if (il is null)
        {
            yield break;
        }

        var typeArguments = method.DeclaringType!.IsGenericType ? method.DeclaringType.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        for (var at = 0; at < il.Length;)
        {
            var value = il[at] == 0xFE ? (short)(0xFE00 | il[at + 1]) : il[at];
            at += il[at] == 0xFE ? 2 : 1;
            var opCode = OpCodesByValue[value];
            var token = opCode.OperandType is OperandType.InlineField or OperandType.InlineMethod or OperandType.InlineTok or OperandType.InlineType
                ? BitConverter.ToInt32(il, at)
                : 0;
            at += opCode.OperandType switch
            {
                OperandType.InlineNone => 0,
                OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
                OperandType.InlineVar => 2,
                OperandType.InlineI8 or OperandType.InlineR => 8,
                OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
                _ => 4,
            };
            if (token != 0)
            {
                yield return method.Module.ResolveMember(token, typeArguments, methodArguments)!;
            }
        }
    }

    private static void AddMember(HashSet<Type> found, MemberInfo member)
    {
        switch (member)
        {
            case Type type:
                Add(found, type);
                break;
            case FieldInfo field:
                Add(found, field.DeclaringType);
                Add(found, field.FieldType);
                break;
            case MethodBase method:
                Add(found, method.DeclaringType);
                if (method is MethodInfo { IsGenericMethod: true } generic)
                {
                    foreach (var argument in generic.GetGenericArguments())
                    {
                        Add(found, argument);
                    }
                }

                break;
        }
    }

    private static void Add(HashSet<Type> found, Type? type)
    {
        if (type is null || !found.Add(type))
        {
            return;
        }

        if (type.HasElementType)
        {
            Add(found, type.GetElementType());
        }

        if (type.IsGenericType)
        {
            foreach (var argument in type.GetGenericArguments())
            {
                Add(found, argument);
            }
        }
    }
}
