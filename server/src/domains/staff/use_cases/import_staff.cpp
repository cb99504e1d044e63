#include <map>
#include <set>

#include "audit/audit_log.hpp"
#include "domains/staff/internal.hpp"

namespace zhixie::staff {

namespace {

struct Row {
    int64_t number = 0;
    Record record;
    nlohmann::json values;
    FieldErrors errors;
};

// Reads every row and finds every problem: the record's own, an unknown body, and ID card or phone numbers
// that another person already has (in the committee, or in an earlier row of the file).
std::vector<Row> read_rows(storage::Tx& tx, int64_t committee_id, const import::Roster& roster) {
    std::map<std::string, int64_t> bodies;
    for (const auto& r :
         tx.query("SELECT id, name FROM bodies WHERE committee_id = :c AND abolished_on IS NULL",
                  {{"c", committee_id}}))
        bodies[r.s("name")] = r.i("id");
    std::map<std::string, std::set<std::string>> taken;  // field → values in the committee
    for (const auto& r :
         tx.query("SELECT id_card, phone FROM staff WHERE committee_id = :c", {{"c", committee_id}}))
        for (const char* f : {"id_card", "phone"})
            if (!r.is_null(f)) taken[f].insert(r.s(f));
    std::map<std::string, std::map<std::string, int64_t>> seen;  // field → value → first row in the file
    std::vector<Row> rows;
    for (size_t k = 0; k < roster.size(); ++k) {
        Row row;
        row.number = roster.row_number(k);
        for (const auto& c : roster.columns())
            row.values[c.field] = roster.cell(k, c.field);
        Record& r = row.record;
        r = {roster.cell(k, "name"),       roster.cell(k, "gender"),
             roster.cell(k, "birth_date"), roster.cell(k, "id_card"),
             roster.cell(k, "phone"),      roster.cell(k, "rank"),
             roster.cell(k, "post"),       std::nullopt,
             roster.cell(k, "status"),     roster.cell(k, "joined_on"),
             roster.cell(k, "left_on")};
        normalise(r);
        validate(r, row.errors);
        if (const std::string body = roster.cell(k, "body"); !body.empty()) {
            if (auto it = bodies.find(body); it != bodies.end())
                r.body_id = it->second;
            else
                row.errors.add("body", "field_unknown_ref", {{"value", body}});
        }
        for (const auto& [field, value] : {std::pair{"id_card", r.id_card}, std::pair{"phone", r.phone}}) {
            if (value.empty()) continue;
            if (taken[field].count(value))
                row.errors.add(field, "field_duplicate", {{"value", value}});
            else if (auto [it, fresh] = seen[field].emplace(value, row.number); !fresh)
                row.errors.add(field, "field_duplicate_in_file",
                               {{"value", value}, {"other_row", it->second}});
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

}  // namespace

nlohmann::json import_roster(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                             const Upload& u, Lang lang, bool commit) {
    const import::Roster roster(import::read_table(u.bytes, u.filename, u.encoding), roster_columns());
    if (roster.size() == 0) throw AppError::unprocessable("import_empty");
    auto tx = commit ? db.write() : db.read();
    const auto rows = read_rows(tx, me.committee_id, roster);
    nlohmann::json items = nlohmann::json::array(), bad_rows = nlohmann::json::array();
    for (const auto& r : rows) {
        items.push_back({{"row", r.number},
                         {"name", r.record.name},
                         {"phone", r.record.phone},
                         {"values", r.values},
                         {"errors", r.errors.to_json(lang, labels())}});
        if (!r.errors.empty()) bad_rows.push_back(items.back());
    }
    nlohmann::json result{{"total", rows.size()},
                          {"valid", rows.size() - bad_rows.size()},
                          {"invalid", bad_rows.size()},
                          {"rows", items},
                          {"committed", false}};
    if (!commit) return result;  // a preview: the transaction rolls back, nothing is stored
    if (!bad_rows.empty())
        throw AppError::unprocessable("import_has_errors", {{"count", bad_rows.size()}, {"rows", bad_rows}});
    for (const auto& r : rows)
        create_staff(tx, actor, me.committee_id, r.record, lang);
    audit::append(tx, actor, "staff.imported", "staff", "", {{"file", u.filename}, {"rows", rows.size()}});
    tx.commit();
    result["committed"] = true;
    return result;
}

}  // namespace zhixie::staff
