package dev.postmortem.json.internal;

import dev.postmortem.ActionItem;
import dev.postmortem.CustomSection;
import dev.postmortem.Postmortem;
import dev.postmortem.Priority;
import dev.postmortem.Responder;
import dev.postmortem.Severity;
import dev.postmortem.TimelineEvent;
import java.util.List;

/**
 * The model types a service may put in its own JSON (a DTO field, a REST response) and that the
 * Jackson module therefore binds: the postmortem, and the values a service handles on their own.
 * Values that only make sense inside their postmortem (a summary, a cost) are left out.
 *
 * <pre>{@code
 * for (Class<?> type : EmbeddedTypes.ALL) { … one serializer and one deserializer … }
 * }</pre>
 */
public final class EmbeddedTypes {
  /** Every bound type; {@link PostmortemJsonWriter} and {@link PostmortemJsonReader} handle each. */
  public static final List<Class<?>> ALL = List.of(Postmortem.class, ActionItem.class,
      TimelineEvent.class, Responder.class, CustomSection.class, Severity.class, Priority.class);

  private EmbeddedTypes() {}
}
