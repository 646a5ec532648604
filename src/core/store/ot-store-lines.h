/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-store-lines.h: recording what is typed during a meeting: minutes lines, speakers and quick-added attendees. */
#pragma once

#include "ot-store.h"
#include "ot-speaker-line.h"

G_BEGIN_DECLS

/* Finds who a typed name means: a person by whole name or by a first name only one person
 * has, else an organisation by name or short name. Both 0 when nobody matches. */
void     ot_store_resolve_party        (OtStore     *self,
                                        const char  *name,
                                        gint64      *person_id,
                                        gint64      *organisation_id);

/* Records one line typed under an agenda item ("Limor: …", "Vraag aanbieders: …",
 * "Besluit: …", "Actie Lilian: … binnen twee weken", or a plain note) as a statement,
 * decision, action or note. Speakers and owners the register knows are linked; others
 * are kept as a label. @recorded (may be NULL) tells what it became. */
gboolean ot_store_add_minutes_line     (OtStore     *self,
                                        gint64       agenda_item_id,
                                        const char  *line,
                                        OtLineKind  *recorded,
                                        GError     **error);

/* Quick-add to the attendance list, present: "Name" finds a person or organisation, or adds
 * the person; "Name, Organisation" adds the person with their organisation when new.
 * Returns the attendance id, or 0 on error. */
gint64   ot_store_add_attendee_by_name (OtStore     *self,
                                        gint64       meeting_id,
                                        const char  *text,
                                        GError     **error);

/* Quick-add to the register: "Name" or "Name, Organisation"; an existing person is reused,
 * a new organisation is created when needed. Returns the person's id, or 0 on error. */
gint64   ot_store_quick_add_person     (OtStore     *self,
                                        const char  *text,
                                        GError     **error);

/* An action's owner as typed: a person or organisation the register knows, else kept as text;
 * empty for nobody. */
gboolean ot_store_set_action_owner_text (OtStore     *self,
                                         gint64       action_id,
                                         const char  *text,
                                         GError     **error);

/* An action's due date as typed: "binnen twee weken", "eind november" or a date, read relative
 * to the date of the meeting that made it; empty for none. Refuses phrases naming no date. */
gboolean ot_store_set_action_due_phrase (OtStore     *self,
                                         gint64       action_id,
                                         const char  *phrase,
                                         GError     **error);

G_END_DECLS
