/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-minutes-qa.h: the nota van inlichtingen: the numbered, anonymised questions and answers of a meeting or a series. */
#pragma once

#include "ot-export-layout.h"
#include "ot-store.h"

G_BEGIN_DECLS

typedef struct
{
  OtStatementKind kind;
  char           *speaker;        /* a role word */
  char           *text;
} OtMinutesQaAnswer;

/* One numbered question with the answers that followed it under the same agenda item.
 * A remark (when asked for) is an entry of its own; answers given before any question
 * form an entry without a question. */
typedef struct
{
  guint           number;
  char           *meeting_date;   /* YYYY-MM-DD */
  char           *item_number;
  char           *item_title;
  OtStatementKind kind;           /* QUESTION, or REMARK */
  char           *speaker;
  char           *text;           /* NULL: answers without a question */
  GPtrArray      *answers;        /* OtMinutesQaAnswer */
} OtMinutesQaEntry;

typedef struct
{
  char        *title;             /* the series name, anonymised */
  OtSeriesKind kind;
  GPtrArray   *meeting_dates;     /* char *, in order */
  GPtrArray   *entries;           /* OtMinutesQaEntry */
  char       **unsure;            /* words that look like names but are not known; never NULL */
} OtMinutesQa;

/* Always anonymised (see ot-export-anonymiser.h), with letters consistent over the whole series. */
OtMinutesQa    *ot_minutes_qa_new_from_series  (OtStore *store, gint64 series_id,
                                                gboolean include_remarks, GError **error);
OtMinutesQa    *ot_minutes_qa_new_from_meeting (OtStore *store, gint64 meeting_id,
                                                gboolean include_remarks, GError **error);
void            ot_minutes_qa_free             (OtMinutesQa *self);

OtExportLayout *ot_minutes_qa_layout_new       (const OtMinutesQa *self);
GBytes         *ot_minutes_qa_render_pdf       (const OtMinutesQa *self, GError **error);
gboolean        ot_minutes_qa_export_pdf       (const OtMinutesQa *self, const char *path,
                                                gboolean force, GError **error);
gboolean        ot_minutes_qa_export_xlsx      (const OtMinutesQa *self, const char *path,
                                                gboolean force, GError **error);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OtMinutesQa, ot_minutes_qa_free)

G_END_DECLS
