using GraphQL;
using GraphQL.Types;
using GraphQL.Utilities;

namespace KnowledgeGraph.Api.Limits.Introspection;

/// <summary>
/// Prices introspection's lists by what they return instead of by the default page size: the schema is finite and
/// known, so <c>__Schema.types</c> multiplies what it selects by the number of types, <c>__Type.fields</c> by the most
/// fields any type has, <c>__Field.args</c> by the most arguments any field has, and so on. A list is priced at the
/// largest it can be, so a cost never underestimates what introspection returns; how deep it may nest is bounded by
/// <see cref="IntrospectionDepthRule"/>.
/// </summary>
public sealed class IntrospectionListPrices : BaseSchemaNodeVisitor
{
    private readonly Dictionary<(string Type, string Field), int> _sizes = [];

    /// <summary>Counts, over the whole schema, the most items each introspection list returns.</summary>
    public override void VisitSchema(ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        var types = schema.AllTypes.ToList();
        var complexTypes = types.OfType<IComplexGraphType>().Where(type => type is not IInputObjectGraphType).ToList();
        _sizes[("__Schema", "types")] = types.Count;
        _sizes[("__Schema", "directives")] = schema.Directives.Count;
        _sizes[("__Directive", "args")] = Largest(schema.Directives.Select(directive => directive.Arguments?.Count ?? 0));
        _sizes[("__Type", "fields")] = Largest(complexTypes.Select(type => type.Fields.Count));
        _sizes[("__Type", "inputFields")] = Largest(types.OfType<IInputObjectGraphType>().Select(type => type.Fields.Count));
        _sizes[("__Type", "enumValues")] = Largest(types.OfType<EnumerationGraphType>().Select(type => type.Values.Count));
        _sizes[("__Type", "interfaces")] = Largest(complexTypes.OfType<IImplementInterfaces>().Select(type => type.ResolvedInterfaces.Count));
        _sizes[("__Type", "possibleTypes")] = Largest(types.OfType<IAbstractGraphType>().Select(type => type.PossibleTypes.Count));
        _sizes[("__Field", "args")] = Largest(complexTypes.SelectMany(type => type.Fields).Select(field => field.Arguments?.Count ?? 0));
    }

    /// <summary>Gives each introspection list its size as the multiplier of what it selects.</summary>
    public override void VisitObjectFieldDefinition(FieldType field, IObjectGraphType type, ISchema schema)
    {
        ArgumentNullException.ThrowIfNull(field);
        ArgumentNullException.ThrowIfNull(type);
        if (_sizes.TryGetValue((type.Name, field.Name), out var size))
        {
            field.WithComplexityImpact(1, size);
        }
    }

    private static int Largest(IEnumerable<int> counts) => counts.DefaultIfEmpty(0).Max();
}
