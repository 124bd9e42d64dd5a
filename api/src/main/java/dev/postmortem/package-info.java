/** PLACEHOLDER */
@Value.Style(
    visibility = ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    builderVisibility = BuilderVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = false),
    jdkOnly = true,
    depluralize = true,
    depluralizeDictionary = {"event:timeline", "why:whys", "evidence:evidence"},
    validationMethod = ValidationMethod.NONE,
    allowedClasspathAnnotations = {Override.class})
package dev.postmortem;

import org.immutables.value.Value;
import org.immutables.value.Value.Style.BuilderVisibility;
import org.immutables.value.Value.Style.ImplementationVisibility;
import org.immutables.value.Value.Style.ValidationMethod;
