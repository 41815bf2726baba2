/* vc-format-private.h
 *
 * A format's insides, shared by the model (vc-format.c) and its reader
 * (vc-format-read.c).
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vc-format.h"

G_BEGIN_DECLS

struct _VcFormat
{
  GObject     parent_instance;

  GFile      *file;
  char       *id;
  char       *title;
  char       *description;
  char       *source_language;
  guint       suits;           /* bit per VcDeckKind; 0 for every kind */
  gboolean    has_groups;
  guint       people[3];       /* min, default, max */
  guint       groups[3];
  GPtrArray  *steps;
};

void _vc_format_step_free (VcFormatStep *step);

G_END_DECLS
