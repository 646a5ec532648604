/* SPDX-License-Identifier: GPL-3.0-or-later */
/* ot-registry-page-private.h: the register page's parts, shared by its files. */
#pragma once

#include "ot-registry-page.h"

G_BEGIN_DECLS

struct _OtRegistryPage
{
  AdwBin parent_instance;

  /* template widgets */
  GtkSearchEntry *search_entry;
  GtkPopover     *organisation_popover;
  GtkEntry       *organisation_entry;
  GtkPopover     *person_popover;
  GtkEntry       *person_entry;
  GtkListBox     *organisations_list;
  GtkListBox     *people_list;

  /* owned references */
  OtStore        *store;
  GListModel     *organisations;
  GListModel     *people;
  GtkFilter      *filter;

  guint           quiet;    /* >0 while storing an edit the rows already show */
  gboolean        stale;    /* changed while hidden: reloaded when shown */
};

/* ot-registry-page-rows.c: one expandable row per organisation or person */
GtkWidget *ot_registry_page_create_organisation_row (gpointer item,
                                                     gpointer user_data);
GtkWidget *ot_registry_page_create_person_row       (gpointer item,
                                                     gpointer user_data);

G_END_DECLS
