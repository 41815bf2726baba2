/* vc-room-layout.h
 *
 * Where the words and pictures of the values game go on the room's screen.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* In the pixels of the layout, which the projector enlarges. */
#define VC_ROOM_REGION_GAP   28.0
#define VC_ROOM_PICTURE_GAP  14.0
#define VC_ROOM_WORD_GAP_X   14.0
#define VC_ROOM_WORD_GAP_Y   8.0
#define VC_ROOM_WORD_PADDING 12.0   /* a paired word's box, each side */

/**
 * VcRoomMetrics:
 * @tokens: for each word, a #GArray of the widths of its space-separated
 *   parts, in a font 1 pixel large
 * @space_width: the width of a space, at 1 pixel
 * @line_height: the height of a line, at 1 pixel
 * @longest_token: the widest part of any word, at 1 pixel
 * @n_pictures: how many pictures there are
 * @aspect: the widest picture's width to its height
 *
 * What the layout needs to know of the words and pictures.
 */
typedef struct
{
  GPtrArray *tokens;
  double     space_width;
  double     line_height;
  double     longest_token;
  guint      n_pictures;
  double     aspect;
} VcRoomMetrics;

/**
 * VcRoomPlan:
 * @side_by_side: whether the pictures are beside the words, not above
 * @picture_columns: columns of pictures
 * @word_columns: columns of words
 * @word_share: the part of the screen first offered to the words
 * @picture_height: the height of each picture
 * @word_size: the size of the words' font
 * @score: how near good sizes the pictures and words are
 */
typedef struct
{
  gboolean side_by_side;
  guint    picture_columns;
  guint    word_columns;
  double   word_share;
  double   picture_height;
  double   word_size;
  double   score;
} VcRoomPlan;

VcRoomPlan vc_room_layout_plan              (const VcRoomMetrics *metrics,
                                             double               width,
                                             double               height);
double     vc_room_layout_fit_words         (const VcRoomMetrics *metrics,
                                             double               width,
                                             double               height,
                                             guint                columns);
void       vc_room_layout_word_cell         (const VcRoomMetrics *metrics,
                                             double               width,
                                             double               height,
                                             guint                columns,
                                             double              *cell_width,
                                             double              *cell_height);
void       vc_room_layout_picture_grid_size (const VcRoomMetrics *metrics,
                                             const VcRoomPlan    *plan,
                                             double              *width,
                                             double              *height);
guint      vc_room_layout_count_lines       (const VcRoomMetrics *metrics,
                                             GArray              *tokens,
                                             double               size,
                                             double               width);

G_END_DECLS
