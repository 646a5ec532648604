/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-part.c: one recognised part of imported minutes under review, whose kind the user may change. */
#define G_LOG_DOMAIN "ot-app"
#include "config.h"

#include <glib/gi18n-lib.h>

#include "ot-minutes-part.h"

struct _OtMinutesPart
{
  GObject               parent_instance;

  OtMinutesPartKind     kind;
  char                 *text;
  char                 *person;
  char                 *due;
  OtMinutesSpan         span;
  OtMinutesItem        *item;
  /* What the parser said, so that a part changed back and forth keeps its details. */
  OtMinutesDecisionKind decision_kind;
  gboolean              previous;
  gboolean              done;
};

G_DEFINE_FINAL_TYPE (OtMinutesPart, ot_minutes_part, G_TYPE_OBJECT)

enum
{
  PROP_0,
  PROP_KIND,
  N_PROPS
};

static GParamSpec *properties[N_PROPS];

static void
ot_minutes_part_finalize (GObject *object)
{
  OtMinutesPart *self = OT_MINUTES_PART (object);

  g_free (self->text);
  g_free (self->person);
  g_free (self->due);
  G_OBJECT_CLASS (ot_minutes_part_parent_class)->finalize (object);
}

static void
ot_minutes_part_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OtMinutesPart *self = OT_MINUTES_PART (object);

  if (prop_id == PROP_KIND)
    g_value_set_uint (value, self->kind);
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ot_minutes_part_set_property (GObject      *object,
                              guint         prop_id,
                              const GValue *value,
                              GParamSpec   *pspec)
{
  OtMinutesPart *self = OT_MINUTES_PART (object);

  if (prop_id == PROP_KIND)
    ot_minutes_part_set_kind (self, g_value_get_uint (value));
  else
    G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
}

static void
ot_minutes_part_class_init (OtMinutesPartClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ot_minutes_part_finalize;
  object_class->get_property = ot_minutes_part_get_property;
  object_class->set_property = ot_minutes_part_set_property;

  /* A guint, not an enum type, so that it binds to a combo row's "selected" directly. */
  properties[PROP_KIND] = g_param_spec_uint ("kind", NULL, NULL, 0, OT_MINUTES_PART_N_KINDS - 1, 0,
                                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ot_minutes_part_init (OtMinutesPart *self)
{
  self->decision_kind = OT_MINUTES_AFSPRAAK;
}

static OtMinutesPart *
part_new (OtMinutesItem     *item,
          OtMinutesPartKind  kind,
          const char        *text,
          const char        *person,
          OtMinutesSpan      span)
{
  OtMinutesPart *self = g_object_new (OT_TYPE_MINUTES_PART, NULL);

  self->item = item;
  self->kind = kind;
  self->text = g_strdup (text != NULL ? text : "");
  self->person = g_strdup (person);
  self->span = span;
  return self;
}

OtMinutesPart *
ot_minutes_part_new_note (OtMinutesItem       *item,
                          const OtMinutesNote *note)
{
  return part_new (item, OT_MINUTES_PART_NOTE, note->text, NULL, note->span);
}

OtMinutesPart *
ot_minutes_part_new_statement (OtMinutesItem            *item,
                               const OtMinutesStatement *statement)
{
  OtMinutesPartKind kind = statement->kind == OT_MINUTES_QUESTION ? OT_MINUTES_PART_QUESTION
                           : statement->kind == OT_MINUTES_ANSWER ? OT_MINUTES_PART_ANSWER
                           : OT_MINUTES_PART_REMARK;

  return part_new (item, kind, statement->text, statement->speaker, statement->span);
}

OtMinutesPart *
ot_minutes_part_new_decision (OtMinutesItem           *item,
                              const OtMinutesDecision *decision)
{
  OtMinutesPart *self = part_new (item, OT_MINUTES_PART_DECISION, decision->text, NULL, decision->span);

  self->decision_kind = decision->kind;
  return self;
}

OtMinutesPart *
ot_minutes_part_new_action (OtMinutesItem         *item,
                            const OtMinutesAction *action)
{
  OtMinutesPart *self = part_new (item, OT_MINUTES_PART_ACTION, action->text, action->owner, action->span);

  self->due = g_strdup (action->due);
  self->previous = action->previous;
  self->done = action->done;
  return self;
}

OtMinutesPartKind
ot_minutes_part_get_kind (OtMinutesPart *self)
{
  g_return_val_if_fail (OT_IS_MINUTES_PART (self), OT_MINUTES_PART_NOTE);
  return self->kind;
}

void
ot_minutes_part_set_kind (OtMinutesPart     *self,
                          OtMinutesPartKind  kind)
{
  g_return_if_fail (OT_IS_MINUTES_PART (self));
  g_return_if_fail (kind < OT_MINUTES_PART_N_KINDS);

  if (self->kind == kind)
    return;
  self->kind = kind;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_KIND]);
}

const char *
ot_minutes_part_get_text (OtMinutesPart *self)
{
  return self->text;
}

const char *
ot_minutes_part_get_person (OtMinutesPart *self)
{
  return self->person;
}

const char *
ot_minutes_part_get_due (OtMinutesPart *self)
{
  return self->due;
}

OtMinutesSpan
ot_minutes_part_get_span (OtMinutesPart *self)
{
  return self->span;
}

OtMinutesItem *
ot_minutes_part_get_item (OtMinutesPart *self)
{
  return self->item;
}

const char *
ot_minutes_part_kind_label (OtMinutesPartKind kind)
{
  switch (kind)
    {
    case OT_MINUTES_PART_QUESTION: return _("Question");
    case OT_MINUTES_PART_ANSWER: return _("Answer");
    case OT_MINUTES_PART_REMARK: return _("Remark");
    case OT_MINUTES_PART_DECISION: return _("Decision");
    case OT_MINUTES_PART_ACTION: return _("Action");
    case OT_MINUTES_PART_NOTE:
    case OT_MINUTES_PART_N_KINDS:
    default:
      return _("Note");
    }
}

static OtMinutesStatementKind
statement_kind (OtMinutesPartKind kind)
{
  return kind == OT_MINUTES_PART_QUESTION ? OT_MINUTES_QUESTION
         : kind == OT_MINUTES_PART_ANSWER ? OT_MINUTES_ANSWER
         : OT_MINUTES_REMARK;
}

/* Fields are allocated with g_new0()/g_strdup(), as the result's own free functions expect. */
void
ot_minutes_part_add_to (OtMinutesPart   *self,
                        OtMinutesResult *result,
                        OtMinutesItem   *fallback)
{
  OtMinutesItem *item = self->item != NULL ? self->item : fallback;

  switch (self->kind)
    {
    case OT_MINUTES_PART_QUESTION:
    case OT_MINUTES_PART_ANSWER:
    case OT_MINUTES_PART_REMARK:
      if (item != NULL)
        {
          OtMinutesStatement *s = g_new0 (OtMinutesStatement, 1);

          s->speaker = g_strdup (self->person);
          s->kind = statement_kind (self->kind);
          s->text = g_strdup (self->text);
          s->span = self->span;
          g_ptr_array_add (item->statements, s);
          return;
        }
      break;
    case OT_MINUTES_PART_DECISION:
      if (item != NULL)
        {
          OtMinutesDecision *d = g_new0 (OtMinutesDecision, 1);

          d->text = g_strdup (self->text);
          d->kind = self->decision_kind;
          d->span = self->span;
          g_ptr_array_add (item->decisions, d);
          return;
        }
      break;
    case OT_MINUTES_PART_ACTION:
      {
        OtMinutesAction *a = g_new0 (OtMinutesAction, 1);

        a->text = g_strdup (self->text);
        a->owner = g_strdup (self->person);
        a->due = g_strdup (self->due);
        a->previous = self->previous;
        a->done = self->done;
        a->span = self->span;
        g_ptr_array_add (self->item != NULL ? self->item->actions : result->actions, a);
        return;
      }
    case OT_MINUTES_PART_NOTE:
    case OT_MINUTES_PART_N_KINDS:
    default:
      break;
    }

  {
    OtMinutesNote *n = g_new0 (OtMinutesNote, 1);

    /* A statement without an item to hold it stays a note, with its speaker in front. */
    n->text = self->person != NULL && self->kind != OT_MINUTES_PART_NOTE
              ? g_strdup_printf ("%s: %s", self->person, self->text) : g_strdup (self->text);
    n->span = self->span;
    g_ptr_array_add (self->item != NULL ? self->item->notes : result->notes, n);
  }
}
