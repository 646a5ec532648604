/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-consultation-page-private.h: shared by the consultation page's files (lists, invitations, import, detail view). */
#pragma once

#include "ot-consultation-page.h"
#include "ot-rekentool-import.h"

G_BEGIN_DECLS

struct _OtConsultationPage
{
  AdwBin          parent_instance;

  /* template widgets */
  GtkStack       *stack;
  GtkDropDown    *consultation_dropdown;
  GtkLabel       *title_label;
  GtkLabel       *summary_label;
  GtkRevealer    *progress_revealer;
  GtkProgressBar *progress_bar;
  GtkLabel       *report_heading;
  GtkListBox     *report_list;
  GtkListBox     *invitations_list;
  GtkListBox     *submissions_list;

  /* owned references */
  OtStore        *store;
  OtConsultation *consultation;
  GListModel     *consultations;
  GListStore     *reports;
  GCancellable   *cancellable;   /* non-NULL while a batch runs */
  gulong          changed_id;
};

/* Reloads invitations, submissions and the summary from the store. */
void ot_consultation_page_refresh             (OtConsultationPage *self);
void ot_consultation_page_update_actions      (OtConsultationPage *self);

/* ot-consultation-page-invitations.c */
/* Rebuilds the invited providers' rows; returns how many have submitted. */
guint    ot_consultation_page_fill_invitations        (OtConsultationPage  *self,
                                                       GListModel          *invitations);
void     ot_consultation_page_open_invite_dialog      (OtConsultationPage  *self);
/* @state_name as stored, e.g. "declined". */
gboolean ot_consultation_page_change_invitation_state (OtConsultationPage  *self,
                                                       gint64               organisation_id,
                                                       const char          *state_name,
                                                       GError             **error);

/* ot-consultation-page-import.c */
void ot_consultation_page_setup_import        (OtConsultationPage *self);
void ot_consultation_page_choose_files        (OtConsultationPage *self);
void ot_consultation_page_save_template       (OtConsultationPage *self);
void ot_consultation_page_cancel_import       (OtConsultationPage *self);

G_END_DECLS
