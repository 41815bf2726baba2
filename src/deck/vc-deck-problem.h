/* vc-deck-problem.h
 *
 * One thing that is wrong with a deck, where it is, and how to fix it.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vc-deck-error.h"

G_BEGIN_DECLS

typedef enum
{
  VC_DECK_SEVERITY_ERROR,
  VC_DECK_SEVERITY_WARNING,
} VcDeckSeverity;

#define VC_TYPE_DECK_PROBLEM (vc_deck_problem_get_type ())

G_DECLARE_FINAL_TYPE (VcDeckProblem, vc_deck_problem, VC, DECK_PROBLEM, GObject)

VcDeckProblem  *vc_deck_problem_new          (VcDeckSeverity  severity,
                                              VcDeckError     code,
                                              guint           line,
                                              guint           column,
                                              const char     *path,
                                              const char     *message,
                                              const char     *hint);
VcDeckSeverity  vc_deck_problem_get_severity (VcDeckProblem  *self);
VcDeckError     vc_deck_problem_get_code     (VcDeckProblem  *self);
guint           vc_deck_problem_get_line     (VcDeckProblem  *self);
guint           vc_deck_problem_get_column   (VcDeckProblem  *self);
const char     *vc_deck_problem_get_path     (VcDeckProblem  *self);
const char     *vc_deck_problem_get_message  (VcDeckProblem  *self);
const char     *vc_deck_problem_get_hint     (VcDeckProblem  *self);
const char     *vc_deck_problem_get_place    (VcDeckProblem  *self);
void            vc_deck_problem_set_place    (VcDeckProblem  *self,
                                              const char     *place);
char           *vc_deck_problem_format       (VcDeckProblem  *self,
                                              const char     *file_name);
char           *vc_deck_problem_format_with_path (VcDeckProblem *self,
                                                  const char    *file_name);
char           *vc_deck_problem_get_location (VcDeckProblem  *self);

char           *vc_deck_problem_dup_pointer  (VcDeckProblem  *self);
guint           vc_deck_problems_count       (GListModel     *problems,
                                              VcDeckSeverity  severity);

G_END_DECLS
