#include <algorithm>

#include "core/error.hpp"
#include "core/text.hpp"
#include "domains/staff/internal.hpp"

namespace zhixie::staff {

namespace {

const char* kColumns =
    "SELECT s.id, s.name, s.name_pinyin, s.name_initials, s.gender, s.birth_date, s.id_card, s.phone, "
    "s.rank, "
    "s.post, s.body_id, b.name AS body_name, s.status, s.joined_on, s.left_on, s.user_id, s.version, "
    "s.created_at, s.updated_at FROM staff s LEFT JOIN bodies b ON b.id = s.body_id";

}  // namespace

std::pair<std::string, storage::Params> where_of(const Query& q, int64_t committee_id) {
    std::string where = " WHERE s.committee_id = :c";
    storage::Params p{{"c", committee_id}};
    const std::string term = text::trim(q.q);
    if (!term.empty()) {
        std::string compact = text::to_lower_ascii(term);
        compact.erase(std::remove(compact.begin(), compact.end(), ' '), compact.end());
        where +=
            " AND (s.name LIKE :q_name OR s.name_initials LIKE :q_py OR REPLACE(s.name_pinyin, ' ', '') LIKE "
            ":q_py)";
        p.emplace_back("q_name", "%" + term + "%");
        p.emplace_back("q_py", compact + "%");
    }
    if (q.body_id) {
        where += " AND s.body_id = :body";
        p.emplace_back("body", *q.body_id);
    }
    if (!q.status.empty()) {
        where += " AND s.status = :status";
        p.emplace_back("status", q.status);
    }
    if (!q.rank.empty()) {
        where += " AND s.rank = :rank";
        p.emplace_back("rank", q.rank);
    }
    return {where, p};
}

nlohmann::json list_staff(storage::Db& db, const auth::Principal& me, const Query& q) {
    auto tx = db.read();
    auto [where, p] = where_of(q, me.committee_id);
    const int64_t total = tx.one("SELECT COUNT(*) AS n FROM staff s" + where, p)->i("n");
    p.emplace_back("lim", q.page_size);
    p.emplace_back("off", (q.page - 1) * q.page_size);
    nlohmann::json items = nlohmann::json::array();
    for (const auto& r :
         tx.query(std::string(kColumns) + where + " ORDER BY s.name_pinyin, s.id LIMIT :lim OFFSET :off", p))
        items.push_back(r.json());
    return {{"items", items}, {"total", total}};
}

nlohmann::json person_json(storage::Tx& tx, int64_t committee_id, int64_t id) {
    auto row = tx.one(std::string(kColumns) + " WHERE s.id = :id AND s.committee_id = :c",
                      {{"id", id}, {"c", committee_id}});
    if (!row) throw AppError::not_found();
    auto o = row->json();
    o["body"] = row->is_null("body_id")
                    ? nlohmann::json()
                    : nlohmann::json{{"id", row->i("body_id")}, {"name", row->s("body_name")}};
    nlohmann::json events = nlohmann::json::array();
    for (const auto& r :
         tx.query("SELECT id, kind, on_date, end_date, detail, to_rank, created_at FROM staff_events "
                  "WHERE staff_id = :id AND committee_id = :c ORDER BY on_date, id",
                  {{"id", id}, {"c", committee_id}}))
        events.push_back(r.json());
    o["events"] = events;
    nlohmann::json party = nlohmann::json::array();
    for (const auto& r :
         tx.query("SELECT m.id, m.party_org_id, o.name AS party_org_name, o.kind AS party_org_kind, m.role "
                  "FROM party_org_members m JOIN party_orgs o ON o.id = m.party_org_id "
                  "WHERE m.person_kind = 'staff' AND m.person_id = :id AND o.committee_id = :c ORDER BY "
                  "o.sort, o.id",
                  {{"id", id}, {"c", committee_id}}))
        party.push_back(r.json());
    o["party"] = party;
    return o;
}

nlohmann::json get_staff(storage::Db& db, const auth::Principal& me, int64_t id) {
    auto tx = db.read();
    return person_json(tx, me.committee_id, id);
}

}  // namespace zhixie::staff
