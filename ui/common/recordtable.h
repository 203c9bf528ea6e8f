// The look every list of records shares (staff, requests, contracts): whole rows, no grid,
// alternating rows, one line per record, left-aligned headers sized to their contents.
#pragma once

class QTableView;

namespace releve::ui {

// Sets the shared look on table; columns wider than maxSectionWidth are elided.
void setUpRecordTable(QTableView *table, int maxSectionWidth);

} // namespace releve::ui
