// Roster import: map the spreadsheet's Chinese headers to fields, check every row (its own form, names of
// sectors/groups/studios/special committees, duplicates within the file and against the current term),
// then either report (preview) or store every row in one transaction — all or nothing.
#include <map>
#include <set>

#include "audit/audit_log.hpp"
#include "core/crypto.hpp"
#include "core/error.hpp"
#include "core/text.hpp"
#include "domains/members/members.hpp"

namespace zhixie::members {

namespace {

// header text → field; several spellings people use
const std::map<std::string, std::string>& columns() {
    static const std::map<std::string, std::string> m = {
        {"姓名", "name"},
        {"性别", "gender"},
        {"民族", "ethnicity"},
        {"出生日期", "birth_date"},
        {"出生年月", "birth_date"},
        {"身份证号", "id_card"},
        {"身份证号码", "id_card"},
        {"政治面貌", "political_affiliation"},
        {"党派", "political_affiliation"},
        {"界别", "sector"},
        {"是否常委", "is_standing"},
        {"常委", "is_standing"},
        {"政协职务", "cppcc_post"},
        {"工作单位", "work_unit"},
        {"单位", "work_unit"},
        {"职务职称", "job_title"},
        {"职务", "job_title"},
        {"手机号码", "phone"},
        {"手机", "phone"},
        {"联系电话", "phone"},
        {"通讯地址", "address"},
        {"地址", "address"},
        {"乡镇活动组", "township_group"},
        {"委员工作室", "studio"},
        {"专委会", "bodies"},
        {"状态", "status"},
    };
    return m;
}

std::map<std::string, int64_t> names_of(storage::Tx& tx, const std::string& table, int64_t committee) {
    std::map<std::string, int64_t> out;
    for (const auto& r :
         tx.query("SELECT id, name FROM " + table + " WHERE committee_id = :c", {{"c", committee}}))
        out[r.s("name")] = r.i("id");
    return out;
}

struct Lookups {
    std::map<std::string, int64_t> sectors, groups, studios, bodies;
    std::set<std::string> id_cards, phones;  // already in the current term
};

struct Row {
    int line = 0;  // spreadsheet row number (header is 1)
    MemberFields f;
    FieldErrors errors;
};

Row read_row(const std::vector<std::string>& header_fields, const std::vector<std::string>& cells, int line,
             const Lookups& L) {
    Row row;
    row.line = line;
    MemberFields& f = row.f;
    f.ethnicity = "汉族";
    for (size_t k = 0; k < header_fields.size() && k < cells.size(); ++k) {
        const std::string& field = header_fields[k];
        const std::string v = text::trim(cells[k]);
        if (field.empty()) continue;
        auto ref = [&](const std::map<std::string, int64_t>& names, std::optional<int64_t>& out,
                       const char* name) {
            if (v.empty()) return;
            auto it = names.find(v);
            if (it == names.end())
                row.errors.add(name, "field_unknown_ref", {{"value", v}});
            else
                out = it->second;
        };
        if (field == "name")
            f.name = v;
        else if (field == "gender")
            f.gender = v;
        else if (field == "ethnicity")
            f.ethnicity = v.empty() ? "汉族" : v;
        else if (field == "birth_date")
            f.birth_date = v;
        else if (field == "id_card")
            f.id_card = v;
        else if (field == "political_affiliation")
            f.political_affiliation = v;
        else if (field == "sector")
            ref(L.sectors, f.sector_id, "sector");
        else if (field == "is_standing")
            f.is_standing = v == "是" || v == "常委" || v == "1";
        else if (field == "cppcc_post")
            f.cppcc_post = v.empty() ? "委员" : v;
        else if (field == "work_unit")
            f.work_unit = v;
        else if (field == "job_title")
            f.job_title = v;
        else if (field == "phone")
            f.phone = v;
        else if (field == "address")
            f.address = v;
        else if (field == "township_group")
            ref(L.groups, f.township_group_id, "township_group");
        else if (field == "studio")
            ref(L.studios, f.studio_id, "studio");
        else if (field == "status")
            f.status = v.empty() ? "在任" : v;
        else if (field == "bodies") {
            // "提案委员会:副主任;经济委员会" — post after a colon, 委员 by default
            std::string list = v;
            for (auto& sep : {"；", "，", "、", ","}) {
                for (auto pos = list.find(sep); pos != std::string::npos; pos = list.find(sep))
                    list.replace(pos, std::string(sep).size(), ";");
            }
            for (auto& item : text::split(list, ';')) {
                std::string t = text::trim(item);
                if (t.empty()) continue;
                std::string name = t, post = "委员";
                for (const std::string sep : {"：", ":"}) {
                    auto c = t.find(sep);
                    if (c != std::string::npos) {
                        name = text::trim(t.substr(0, c));
                        post = text::trim(t.substr(c + sep.size()));
                    }
                }
                auto it = L.bodies.find(name);
                if (it == L.bodies.end())
                    row.errors.add("bodies", "field_unknown_ref", {{"value", name}});
                else
                    f.bodies.emplace_back(it->second, post);
            }
        }
    }
    validate_fields(f, row.errors);
    if (!f.id_card.empty() && L.id_cards.count(f.id_card))
        row.errors.add("id_card", "field_duplicate", {{"value", f.id_card}});
    if (!f.phone.empty() && L.phones.count(f.phone))
        row.errors.add("phone", "field_duplicate", {{"value", f.phone}});
    return row;
}

}  // namespace

nlohmann::json import_members(storage::Db& db, const auth::Principal& me, const audit::Actor& actor,
                              Lang lang, const std::string& bytes, const std::string& filename,
                              import::Encoding enc, bool commit) {
    import::Table table = import::read_table(bytes, filename, enc);
    std::vector<std::string> header_fields;
    std::set<std::string> present;
    for (const auto& h : table.header) {
        auto it = columns().find(text::trim(h));
        header_fields.push_back(it == columns().end() ? "" : it->second);
        if (it != columns().end()) present.insert(it->second);
    }
    std::vector<std::string> missing;
    for (const auto& [field, title] : {std::pair{"name", "姓名"}, {"gender", "性别"}})
        if (!present.count(field)) missing.push_back(title);
    if (!missing.empty()) {
        std::string cols;
        for (auto& m : missing)
            cols += (cols.empty() ? "" : "、") + m;
        throw AppError::bad_request("import_missing_columns", {{"columns", cols}});
    }

    auto tx = db.write();
    const int64_t term = current_term(tx, me.committee_id);
    Lookups L{names_of(tx, "sectors", me.committee_id),
              names_of(tx, "township_groups", me.committee_id),
              names_of(tx, "studios", me.committee_id),
              names_of(tx, "bodies", me.committee_id),
              {},
              {}};
    for (const auto& r :
         tx.query("SELECT id_card, phone FROM members WHERE committee_id = :c AND term_id = :t",
                  {{"c", me.committee_id}, {"t", term}})) {
        if (!r.is_null("id_card")) L.id_cards.insert(r.s("id_card"));
        if (!r.is_null("phone")) L.phones.insert(r.s("phone"));
    }
    std::vector<Row> rows;
    std::map<std::string, int> seen_id, seen_phone;
    for (size_t k = 0; k < table.rows.size(); ++k) {
        Row row = read_row(header_fields, table.rows[k], static_cast<int>(k) + 2, L);
        auto dup = [&](std::map<std::string, int>& seen, const std::string& v, const char* field) {
            if (v.empty()) return;
            auto [it, fresh] = seen.emplace(v, row.line);
            if (!fresh)
                row.errors.add(field, "field_duplicate_in_file", {{"value", v}, {"other_row", it->second}});
        };
        dup(seen_id, row.f.id_card, "id_card");
        dup(seen_phone, row.f.phone, "phone");
        rows.push_back(std::move(row));
    }
    nlohmann::json out_rows = nlohmann::json::array();
    int bad = 0;
    for (const auto& r : rows) {
        if (!r.errors.empty()) ++bad;
        out_rows.push_back({{"row", r.line},
                            {"name", r.f.name},
                            {"phone", r.f.phone},
                            {"errors", r.errors.to_json(lang, labels())}});
    }
    nlohmann::json result = {{"total", rows.size()},
                             {"valid", static_cast<int>(rows.size()) - bad},
                             {"invalid", bad},
                             {"rows", out_rows},
                             {"committed", false}};
    if (!commit) return result;  // preview: the transaction rolls back, nothing stored
    if (bad > 0) {
        nlohmann::json errors = nlohmann::json::array();
        for (const auto& r : out_rows)
            if (!r["errors"].empty()) errors.push_back(r);
        throw AppError(422, "import_has_errors", {{"count", bad}, {"rows", errors}});
    }
    for (const auto& r : rows)
        insert_member(tx, me.committee_id, term, crypto::random_token(12), r.f);
    audit::append(tx, actor, "member.imported", "member", "", {{"file", filename}, {"rows", rows.size()}});
    tx.commit();
    result["committed"] = true;
    return result;
}

}  // namespace zhixie::members
