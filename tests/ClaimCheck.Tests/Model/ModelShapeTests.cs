using System.Text.Json.Serialization.Metadata;
using ClaimCheck.Model.Loading;
using ClaimCheck.Model.Serialization;

namespace ClaimCheck.Tests.Model;

/// <summary>The shape check reads the records by reflection; it must see exactly the fields the serializer binds.</summary>
public class ModelShapeTests
{
    [Test]
    public void EveryModelObject_HasTheSerializersFields_InItsOrder_WithItsNullability()
    {
        var seen = new HashSet<ModelShape>();
        var pending = new Queue<(Type Type, ModelShape Shape)>([(typeof(ClaimCheck.Model.Article), ModelShape.Article)]);
        var compared = 0;
        while (pending.Count > 0)
        {
            var (type, shape) = pending.Dequeue();
            if (!seen.Add(shape) || shape.Kind != ModelShapeKind.Object)
                continue;
            var info = ArticleJson.Options.GetTypeInfo(type);
            Assert.That(info.Kind, Is.EqualTo(JsonTypeInfoKind.Object), type.Name);
            Assert.That(shape.Fields.Select(f => f.Name), Is.EqualTo(info.Properties.Select(p => p.Name)), type.Name);
            Assert.That(shape.Fields.Select(f => f.Nullable), Is.EqualTo(info.Properties.Select(p => p.IsSetNullable)), type.Name);
            compared++;
            foreach (var property in info.Properties)
            {
                var field = shape.Field(property.Name)!;
                var propertyType = Nullable.GetUnderlyingType(property.PropertyType) ?? property.PropertyType;
                var elementInfo = ArticleJson.Options.GetTypeInfo(propertyType);
                if (elementInfo.Kind == JsonTypeInfoKind.Enumerable)
                {
                    Assert.That(field.Shape.Kind, Is.EqualTo(ModelShapeKind.List), $"{type.Name}.{property.Name}");
                    pending.Enqueue((elementInfo.ElementType!, field.Shape.Element!));
                }
                else if (elementInfo.Kind == JsonTypeInfoKind.Object && field.Shape.Kind != ModelShapeKind.Span)
                {
                    Assert.That(field.Shape.Kind, Is.EqualTo(ModelShapeKind.Object), $"{type.Name}.{property.Name}");
                    pending.Enqueue((propertyType, field.Shape));
                }
            }
        }
        Assert.That(compared, Is.GreaterThan(10), "every record of the model is compared");
    }
}
