/* vc-room-layout.c
 *
 * Where the words and pictures of the values game go on the room's screen.
 *
 * The pictures go in a grid beside or above the words, whichever leaves
 * both larger. A word is never broken inside itself: the words share one
 * size, the largest at which each of their parts fits its cell on one
 * line, and they wrap only between words. Only arithmetic here: the board
 * measures the words with Pango and gives the widths.
 *
 * Copyright 2026 The Value Cards developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vc-ui"

#include "config.h"

#include "vc-room-layout.h"

#define MAX_WORD_SIZE 44.0
#define MIN_WORD_SIZE 4.0

/* What a good board has: pictures this high and words this large. The
 * layout that comes closest to both, for the one further off, wins. */
#define GOOD_PICTURE_HEIGHT 160.0
#define GOOD_WORD_SIZE      34.0

/* Pango places line breaks a little differently from this estimate; a
 * word is sized with this much room to spare. */
#define SLACK 0.93

/**
 * vc_room_layout_count_lines:
 * @metrics: the words' measures
 * @tokens: the widths of a word's parts, at 1 pixel
 * @size: the font's size
 * @width: the width to wrap in
 *
 * Returns: how many lines a word takes, wrapped between its parts only, as
 *   Pango wraps it when nothing has to break
 */
guint
vc_room_layout_count_lines (const VcRoomMetrics *metrics,
                            GArray              *tokens,
                            double               size,
                            double               width)
{
  double x = 0;
  guint lines = 1;

  for (guint i = 0; i < tokens->len; i++)
    {
      double token = g_array_index (tokens, double, i) * size;

      if (x == 0)
        x = token;
      else if (x + metrics->space_width * size + token <= width)
        x += metrics->space_width * size + token;
      else
        {
          lines++;
          x = token;
        }
    }

  return lines;
}

void
vc_room_layout_word_cell (const VcRoomMetrics *metrics,
                          double               width,
                          double               height,
                          guint                columns,
                          double              *cell_width,
                          double              *cell_height)
{
  guint rows = MAX (1, (metrics->tokens->len + columns - 1) / columns);

  *cell_width = (width - (columns - 1) * VC_ROOM_WORD_GAP_X) / columns;
  *cell_height = (height - (rows - 1) * VC_ROOM_WORD_GAP_Y) / rows;
}

/**
 * vc_room_layout_fit_words:
 * @metrics: the words' measures
 * @width: the width of the words' part of the screen
 * @height: its height
 * @columns: columns of words
 *
 * Returns: the largest size at which every word fits its cell, each part
 *   of it on one line, or 0 if none does
 */
double
vc_room_layout_fit_words (const VcRoomMetrics *metrics,
                          double               width,
                          double               height,
                          guint                columns)
{
  double cell_width, cell_height, text_width, size;

  vc_room_layout_word_cell (metrics, width, height, columns, &cell_width, &cell_height);
  text_width = (cell_width - 2 * VC_ROOM_WORD_PADDING) * SLACK;
  if (text_width <= 0 || cell_height <= 0)
    return 0;

  size = MIN (MAX_WORD_SIZE, text_width / metrics->longest_token);
  size = MIN (size, cell_height / metrics->line_height);
  while (size > MIN_WORD_SIZE)
    {
      gboolean fits = TRUE;

      for (guint i = 0; fits && i < metrics->tokens->len; i++)
        {
          guint lines = vc_room_layout_count_lines (metrics, g_ptr_array_index (metrics->tokens, i),
                                                    size, text_width);

          fits = lines * metrics->line_height * size <= cell_height;
        }
      if (fits)
        return size;
      size *= 0.95;
    }

  return 0;
}

/* The height of the pictures in a grid of @columns within @width×@height. */
static double
fit_pictures (const VcRoomMetrics *metrics,
              double               width,
              double               height,
              guint                columns)
{
  guint rows = MAX (1, (metrics->n_pictures + columns - 1) / columns);
  double tile_width = (width - (columns - 1) * VC_ROOM_PICTURE_GAP) / columns;
  double tile_height = (height - (rows - 1) * VC_ROOM_PICTURE_GAP) / rows;

  return MAX (0, MIN (tile_height, tile_width / metrics->aspect));
}

void
vc_room_layout_picture_grid_size (const VcRoomMetrics *metrics,
                                  const VcRoomPlan    *plan,
                                  double              *width,
                                  double              *height)
{
  guint columns = plan->picture_columns;
  guint rows = (metrics->n_pictures + columns - 1) / columns;

  if (metrics->n_pictures == 0)
    {
      *width = *height = 0;
      return;
    }

  *width = columns * plan->picture_height * metrics->aspect + (columns - 1) * VC_ROOM_PICTURE_GAP;
  *height = rows * plan->picture_height + (rows - 1) * VC_ROOM_PICTURE_GAP;
}

/* A deck being written may have only words or only pictures yet. */
static VcRoomPlan
plan_one_kind (const VcRoomMetrics *metrics,
               double               width,
               double               height,
               const guint         *picture_columns,
               guint                n_picture_columns,
               const guint         *word_columns,
               guint                n_word_columns)
{
  VcRoomPlan best = { 0 };

  best.picture_columns = 1;
  best.word_columns = 1;
  for (guint i = 0; i < n_word_columns && metrics->n_pictures == 0; i++)
    {
      double size = vc_room_layout_fit_words (metrics, width, height, word_columns[i]);

      if (size > best.word_size)
        {
          best.word_columns = word_columns[i];
          best.word_size = size;
        }
    }
  for (guint i = 0; i < n_picture_columns && metrics->tokens->len == 0; i++)
    {
      double picture_height = fit_pictures (metrics, width, height, picture_columns[i]);

      if (picture_height > best.picture_height)
        {
          best.picture_columns = picture_columns[i];
          best.picture_height = picture_height;
        }
    }

  return best;
}

/**
 * vc_room_layout_plan:
 * @metrics: the words' and pictures' measures
 * @width: the width of the screen's part for them
 * @height: its height
 *
 * Tries the pictures beside and above the words, in every grid, and keeps
 * the layout whose pictures and words are both nearest a good size. The
 * space the pictures leave goes to the words.
 *
 * Returns: the best layout
 */
VcRoomPlan
vc_room_layout_plan (const VcRoomMetrics *metrics,
                     double               width,
                     double               height)
{
  static const guint picture_columns[] = { 2, 3, 4, 6 };
  static const guint word_columns[] = { 1, 2, 3, 4, 6 };
  VcRoomPlan best = { 0 };

  if (metrics->n_pictures == 0 || metrics->tokens->len == 0)
    return plan_one_kind (metrics, width, height,
                          picture_columns, G_N_ELEMENTS (picture_columns),
                          word_columns, G_N_ELEMENTS (word_columns));

  best.score = -1;
  for (int side = 0; side < 2; side++)
    for (guint p = 0; p < G_N_ELEMENTS (picture_columns); p++)
      for (guint w = 0; w < G_N_ELEMENTS (word_columns); w++)
        for (double share = 0.15; share < 0.66; share += 0.025)
          {
            VcRoomPlan plan = { side, picture_columns[p], word_columns[w], share, 0, 0, 0 };
            double grid_width, grid_height, a, b;

            if (side)
              plan.picture_height = fit_pictures (metrics, width * (1 - share) - VC_ROOM_REGION_GAP / 2,
                                                  height, plan.picture_columns);
            else
              plan.picture_height = fit_pictures (metrics, width, height * (1 - share) - VC_ROOM_REGION_GAP / 2,
                                                  plan.picture_columns);
            if (plan.picture_height <= 0)
              continue;

            vc_room_layout_picture_grid_size (metrics, &plan, &grid_width, &grid_height);
            if (side)
              plan.word_size = vc_room_layout_fit_words (metrics, width - grid_width - VC_ROOM_REGION_GAP,
                                                         height, plan.word_columns);
            else
              plan.word_size = vc_room_layout_fit_words (metrics, width, height - grid_height - VC_ROOM_REGION_GAP,
                                                         plan.word_columns);

            a = plan.picture_height / GOOD_PICTURE_HEIGHT;
            b = plan.word_size / GOOD_WORD_SIZE;
            plan.score = MIN (a, b) + 0.05 * (MIN (a, 1.5) + MIN (b, 1.5));
            if (plan.score > best.score)
              best = plan;
          }

  return best;
}
