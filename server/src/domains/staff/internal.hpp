#pragma once
// Helpers the staff use cases share; not an API of their own.
#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "domains/staff/staff.hpp"
#include "storage/db.hpp"

namespace zhixie::staff {

// The stored record; 404 when the person is not in the committee.
Record load_record(storage::Tx& tx, int64_t committee_id, int64_t id);
// The record's columns as statement parameters (with pinyin; "" id_card/phone as NULL).
storage::Params record_params(const Record& r);
// Normalises and validates a record for a write: 422 invalid_record, 400 for a body not in the committee
// (checked when it changes), 409 duplicate naming id_card or phone that another person already has.
void check_for_write(storage::Tx& tx, int64_t committee_id, Record& r, const std::optional<Record>& before,
                     std::optional<int64_t> except_id, Lang lang);
// What the audit trail keeps of a record: ID card and phone masked.
nlohmann::json audit_view(const Record& r);
// The WHERE clause (over staff s) and parameters of a query, shared by the list and the export.
std::pair<std::string, storage::Params> where_of(const Query& q, int64_t committee_id);

}  // namespace zhixie::staff
