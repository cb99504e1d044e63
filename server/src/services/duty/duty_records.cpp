#include "services/duty/duty_records.hpp"

#include <algorithm>
#include <stdexcept>

#include "core/clock.hpp"

namespace zhixie::duty {

const std::vector<std::string_view>& all_kinds() {
    static const std::vector<std::string_view> k = {kind::meeting_attended,
                                                    kind::meeting_absent_leave,
                                                    kind::meeting_absent,
                                                    kind::proposal_filed,
                                                    kind::proposal_accepted,
                                                    kind::info_submitted,
                                                    kind::info_adopted,
                                                    kind::speech,
                                                    kind::inspection,
                                                    kind::research,
                                                    kind::consultation,
                                                    kind::supervision,
                                                    kind::contact,
                                                    kind::lecture,
                                                    kind::donation,
                                                    kind::deed,
                                                    kind::other};
    return k;
}

namespace {

int64_t year_of(const std::string& date) {
    bool ok =
        date.size() == 10 && date[4] == '-' && date[7] == '-' &&
        std::all_of(date.begin(), date.end(), [](char c) { return (c >= '0' && c <= '9') || c == '-'; });
    if (!ok) throw std::invalid_argument("duty record: occurred_on must be YYYY-MM-DD, got " + date);
    return std::stoll(date.substr(0, 4));
}

// The committee-year's scores are no longer current (duty_score_state, read by domains/duty).
void touch(storage::Tx& tx, int64_t committee_id, int64_t year) {
    tx.exec(
        "INSERT INTO duty_score_state (committee_id, year, changes) VALUES (:c, :y, 1) ON CONFLICT "
        "(committee_id, year) DO UPDATE SET changes = duty_score_state.changes + 1",
        {{"c", committee_id}, {"y", year}});
}

void touch_years(storage::Tx& tx, int64_t committee_id, const std::string& where, const storage::Params& p) {
    for (const auto& r : tx.query("SELECT DISTINCT year FROM duty_records WHERE " + where, p))
        touch(tx, committee_id, r.i("year"));
}

}  // namespace

int64_t record(storage::Tx& tx, const Record& r) {
    const auto& kinds = all_kinds();
    if (std::find(kinds.begin(), kinds.end(), r.kind) == kinds.end())
        throw std::invalid_argument("duty record: unknown kind " + std::string(r.kind));
    if (!(r.share > 0.0 && r.share <= 1.0)) throw std::invalid_argument("duty record: share outside (0, 1]");
    if (r.status != "confirmed" && r.status != "pending" && r.status != "rejected")
        throw std::invalid_argument("duty record: unknown status " + r.status);
    int64_t year = year_of(r.occurred_on);
    std::string now = clock::now_iso();
    storage::Params key = {{"c", r.committee_id},
                           {"m", r.member_id},
                           {"k", std::string(r.kind)},
                           {"st", std::string(r.source_type)},
                           {"si", r.source_id}};
    storage::Params values = {
        {"y", year},     {"on", r.occurred_on},
        {"t", r.title},  {"sh", r.share},
        {"s", r.status}, {"d", r.detail.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)},
        {"now", now}};
    storage::Params all = key;
    all.insert(all.end(), values.begin(), values.end());
    touch(tx, r.committee_id, year);
    if (auto existing = tx.one(
            "SELECT id, year FROM duty_records WHERE committee_id = :c AND member_id = :m AND kind = :k AND "
            "source_type = :st AND source_id = :si",
            key)) {
        if (existing->i("year") != year) touch(tx, r.committee_id, existing->i("year"));
        all.emplace_back("id", existing->i("id"));
        tx.exec(
            "UPDATE duty_records SET year = :y, occurred_on = :on, title = :t, share = :sh, status = :s, "
            "detail = :d, updated_at = :now WHERE id = :id AND committee_id = :c AND member_id = :m AND "
            "kind = :k AND source_type = :st AND source_id = :si",
            all);
        return existing->i("id");
    }
    return tx.insert(
        "INSERT INTO duty_records (committee_id, member_id, year, occurred_on, kind, source_type, source_id, "
        "title, share, status, detail, created_at, updated_at) VALUES (:c, :m, :y, :on, :k, :st, :si, :t, "
        ":sh, :s, :d, :now, :now) RETURNING id",
        all);
}

bool retract(storage::Tx& tx, int64_t committee_id, int64_t member_id, std::string_view kind,
             std::string_view source_type, int64_t source_id) {
    const std::string where =
        "committee_id = :c AND member_id = :m AND kind = :k AND source_type = :st AND source_id = :si";
    const storage::Params p = {{"c", committee_id},
                               {"m", member_id},
                               {"k", std::string(kind)},
                               {"st", std::string(source_type)},
                               {"si", source_id}};
    touch_years(tx, committee_id, where, p);
    return tx.exec("DELETE FROM duty_records WHERE " + where, p) > 0;
}

int64_t retract_source(storage::Tx& tx, int64_t committee_id, std::string_view source_type, int64_t source_id,
                       std::string_view kind) {
    storage::Params p = {{"c", committee_id}, {"st", std::string(source_type)}, {"si", source_id}};
    std::string where = "committee_id = :c AND source_type = :st AND source_id = :si";
    if (!kind.empty()) {
        where += " AND kind = :k";
        p.emplace_back("k", std::string(kind));
    }
    touch_years(tx, committee_id, where, p);
    return tx.exec("DELETE FROM duty_records WHERE " + where, p);
}

}  // namespace zhixie::duty
