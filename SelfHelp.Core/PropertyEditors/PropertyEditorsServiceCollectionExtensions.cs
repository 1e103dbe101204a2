using Microsoft.Extensions.DependencyInjection;
using SelfHelp.Core.PropertyEditors.BlockList;
using SelfHelp.Core.PropertyEditors.CheckBoxList;
using SelfHelp.Core.PropertyEditors.ContentPicker;
using SelfHelp.Core.PropertyEditors.DateOnlyPicker;
using SelfHelp.Core.PropertyEditors.DatePicker;
using SelfHelp.Core.PropertyEditors.DateTimeUnspecified;
using SelfHelp.Core.PropertyEditors.DateTimeWithTimeZone;
using SelfHelp.Core.PropertyEditors.Decimal;
using SelfHelp.Core.PropertyEditors.DropDownFlexible;
using SelfHelp.Core.PropertyEditors.EmailAddress;
using SelfHelp.Core.PropertyEditors.ImageCropper;
using SelfHelp.Core.PropertyEditors.Integer;
using SelfHelp.Core.PropertyEditors.Markdown;
using SelfHelp.Core.PropertyEditors.MediaPicker3;
using SelfHelp.Core.PropertyEditors.MultiNodeTreePicker;
using SelfHelp.Core.PropertyEditors.MultiUrlPicker;
using SelfHelp.Core.PropertyEditors.RadioButtonList;
using SelfHelp.Core.PropertyEditors.RichText;
using SelfHelp.Core.PropertyEditors.Tags;
using SelfHelp.Core.PropertyEditors.TextArea;
using SelfHelp.Core.PropertyEditors.TextBox;
using SelfHelp.Core.PropertyEditors.TinyMce;
using SelfHelp.Core.PropertyEditors.TrueFalse;
using SelfHelp.Core.PropertyEditors.UploadField;

namespace SelfHelp.Core.PropertyEditors;

/// <summary>Registers the property editors the engine knows, one line per editor folder, and their collection.</summary>
public static class PropertyEditorsServiceCollectionExtensions
{
    public static IServiceCollection AddPropertyEditors(this IServiceCollection services)
    {
        services.AddPropertyEditor<TextBoxPropertyEditor>();
        services.AddPropertyEditor<TextAreaPropertyEditor>();
        services.AddPropertyEditor<MarkdownPropertyEditor>();
        services.AddPropertyEditor<RichTextPropertyEditor>();
        services.AddPropertyEditor<TinyMcePropertyEditor>();
        services.AddPropertyEditor<EmailAddressPropertyEditor>();
        services.AddPropertyEditor<IntegerPropertyEditor>();
        services.AddPropertyEditor<DecimalPropertyEditor>();
        services.AddPropertyEditor<TrueFalsePropertyEditor>();
        services.AddPropertyEditor<DateTimePropertyEditor>();
        services.AddPropertyEditor<DateOnlyPropertyEditor>();
        services.AddPropertyEditor<DateTimeUnspecifiedPropertyEditor>();
        services.AddPropertyEditor<DateTimeWithTimeZonePropertyEditor>();
        services.AddPropertyEditor<DropDownFlexiblePropertyEditor>();
        services.AddPropertyEditor<CheckBoxListPropertyEditor>();
        services.AddPropertyEditor<RadioButtonListPropertyEditor>();
        services.AddPropertyEditor<TagsPropertyEditor>();
        services.AddPropertyEditor<ContentPickerPropertyEditor>();
        services.AddPropertyEditor<MultiNodeTreePickerPropertyEditor>();
        services.AddPropertyEditor<MediaPicker3PropertyEditor>();
        services.AddPropertyEditor<MultiUrlPickerPropertyEditor>();
        services.AddPropertyEditor<BlockListPropertyEditor>();
        services.AddPropertyEditor<UploadFieldPropertyEditor>();
        services.AddPropertyEditor<ImageCropperPropertyEditor>();
        services.AddSingleton<PropertyEditorCollection>();
        return services;
    }

    private static void AddPropertyEditor<TEditor>(this IServiceCollection services) where TEditor : class, IPropertyEditor =>
        services.AddSingleton<IPropertyEditor, TEditor>();
}
