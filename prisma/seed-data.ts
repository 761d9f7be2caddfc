// The demo organizations as data. Birthdays and start dates given as offsets are relative to the
// real current date (see resolveDates in seed.ts), so that the demo always has birthdays and work
// anniversaries in the next 30 days, and some on a fixed day of the current month (the calendar's
// month always has a public birthday and an anniversary); everything else is fixed.
import type { CelebratePreference, Role } from "../server/generated/prisma/enums";

/** [month, day] fixed, a number: days from today, or a day of the current month. */
export type BirthdaySpec = [number, number] | number | { dayOfMonth: number };
/**
 * ISO date fixed, [days from today, years ago] (an anniversary), e.g. [12, 5], or a day of the
 * current month that many years ago.
 */
export type StartSpec = string | [number, number] | { dayOfMonth: number; yearsAgo: number };

export type DemoPerson = {
  name: string;
  title: string;
  role?: Role;
  /** The manager's name (same org). */
  manager?: string;
  team?: string;
  tz: string;
  bday: BirthdaySpec | null;
  start: StartSpec;
  celebrate?: CelebratePreference;
  /** A former employee: deactivated this many days ago (their manager link is closed). */
  leftDaysAgo?: number;
};

export type DemoOrg = { name: string; slug: string; timeZone: string; teams: string[]; people: DemoPerson[] };

export type DemoLogin = { name: string; email: string; role: Role; org: string };

export const NORTHWIND: DemoOrg = {
  name: "Northwind Labs",
  slug: "northwind",
  timeZone: "America/New_York",
  teams: ["Platform", "Growth", "Product Design", "Customer Success"],
  // biome-ignore format: one person per line reads as a table
  people: [
    // Leadership
    { name: "Daniel Okafor", title: "CEO", role: "MANAGER", tz: "America/New_York", bday: [3, 14], start: "2017-03-01" },
    { name: "Hannah Reyes", title: "Head of People", role: "ADMIN", manager: "Daniel Okafor", tz: "America/New_York", bday: 6, start: "2019-04-15" },
    { name: "Elena Novak", title: "VP Engineering", role: "MANAGER", manager: "Daniel Okafor", tz: "Europe/Berlin", bday: [11, 2], start: [12, 5] },
    { name: "Isabel Moreau", title: "VP Customer Experience", role: "MANAGER", manager: "Daniel Okafor", tz: "Europe/London", bday: [7, 21], start: "2018-09-10" },
    { name: "Laura Kim", title: "Executive Assistant", manager: "Daniel Okafor", tz: "America/New_York", bday: [5, 17], start: "2020-02-03" },
    // Engineering: Platform
    { name: "Marcus Chen", title: "Engineering Manager", role: "MANAGER", manager: "Elena Novak", team: "Platform", tz: "America/New_York", bday: [9, 30], start: "2019-01-07" },
    { name: "Rahul Sharma", title: "Principal Engineer", manager: "Elena Novak", team: "Platform", tz: "Asia/Kolkata", bday: [8, 2], start: "2018-06-11" },
    { name: "Priya Patel", title: "Senior Software Engineer", manager: "Marcus Chen", team: "Platform", tz: "Asia/Kolkata", bday: 3, start: "2021-06-14" },
    { name: "Noah Williams", title: "Staff Software Engineer", manager: "Marcus Chen", team: "Platform", tz: "America/Chicago", bday: [1, 22], start: "2018-02-19" },
    { name: "Arjun Mehta", title: "Software Engineer", manager: "Marcus Chen", team: "Platform", tz: "Asia/Kolkata", bday: [5, 9], start: [20, 2] },
    { name: "Chloe Martin", title: "Site Reliability Engineer", manager: "Marcus Chen", team: "Platform", tz: "Europe/London", bday: [12, 12], start: "2022-10-03", celebrate: "PRIVATE" },
    { name: "Kenji Watanabe", title: "Senior Software Engineer", manager: "Marcus Chen", team: "Platform", tz: "America/Los_Angeles", bday: [4, 27], start: "2020-08-24" },
    { name: "Fatima Al-Sayed", title: "Software Engineer", manager: "Marcus Chen", team: "Platform", tz: "Europe/Berlin", bday: 17, start: "2023-02-13" },
    { name: "Ben Carter", title: "Software Engineer II", manager: "Marcus Chen", team: "Platform", tz: "America/New_York", bday: null, start: [-20, 0], celebrate: "NONE" },
    { name: "Zoe Adams", title: "Software Engineer", manager: "Marcus Chen", team: "Platform", tz: "America/New_York", bday: [11, 28], start: "2024-06-03" },
    { name: "Peter Lang", title: "Software Engineer", manager: "Marcus Chen", team: "Platform", tz: "America/New_York", bday: [6, 2], start: "2019-08-05", leftDaysAgo: 60 },
    // Engineering: Growth
    { name: "Tomás Álvarez", title: "Engineering Manager", role: "MANAGER", manager: "Elena Novak", team: "Growth", tz: "Europe/London", bday: [6, 5], start: "2019-11-04" },
    { name: "Sophie Müller", title: "Senior Software Engineer", manager: "Tomás Álvarez", team: "Growth", tz: "Europe/Berlin", bday: [8, 18], start: "2020-03-02" },
    { name: "Oliver Hughes", title: "Software Engineer", manager: "Tomás Álvarez", team: "Growth", tz: "Europe/London", bday: 24, start: "2022-01-10" },
    { name: "Lena Hoffmann", title: "Data Analyst", manager: "Tomás Álvarez", team: "Growth", tz: "Europe/Berlin", bday: [10, 7], start: [27, 3] },
    { name: "Mateo Rossi", title: "Growth Engineer", manager: "Tomás Álvarez", team: "Growth", tz: "Europe/Berlin", bday: [2, 11], start: "2021-09-20" },
    { name: "Aisha Khan", title: "Product Analyst", manager: "Tomás Álvarez", team: "Growth", tz: "Europe/London", bday: [12, 29], start: "2023-05-22", celebrate: "PRIVATE" },
    { name: "Jack Thompson", title: "Software Engineer", manager: "Tomás Álvarez", team: "Growth", tz: "Europe/London", bday: [3, 3], start: "2024-01-15" },
    { name: "Ivan Kowalski", title: "Growth Engineer", manager: "Tomás Álvarez", team: "Growth", tz: "Europe/Berlin", bday: [7, 30], start: "2022-04-25" },
    // Customer Experience: Product Design
    { name: "Yuki Tanaka", title: "Design Manager", role: "MANAGER", manager: "Isabel Moreau", team: "Product Design", tz: "America/Los_Angeles", bday: [4, 4], start: "2019-05-20" },
    { name: "Grace Liu", title: "Senior Product Manager", manager: "Isabel Moreau", team: "Product Design", tz: "America/Los_Angeles", bday: [5, 31], start: { dayOfMonth: 9, yearsAgo: 5 } },
    { name: "Maya Goldberg", title: "Senior Product Designer", manager: "Yuki Tanaka", team: "Product Design", tz: "America/Los_Angeles", bday: 11, start: "2020-10-12" },
    { name: "Ethan Brooks", title: "Product Designer", manager: "Yuki Tanaka", team: "Product Design", tz: "America/Los_Angeles", bday: [7, 8], start: [4, 1] },
    { name: "Camila Torres", title: "UX Researcher", manager: "Yuki Tanaka", team: "Product Design", tz: "America/New_York", bday: { dayOfMonth: 16 }, start: "2021-03-29" },
    { name: "Lucas Bernard", title: "Product Designer", manager: "Yuki Tanaka", team: "Product Design", tz: "Europe/Paris", bday: [1, 30], start: "2022-07-18" },
    { name: "Nina Petrova", title: "Content Designer", manager: "Yuki Tanaka", team: "Product Design", tz: "Europe/Berlin", bday: [9, 12], start: "2023-08-28", celebrate: "NONE" },
    // Customer Experience: Customer Success
    { name: "Liam Murphy", title: "Head of Customer Success", role: "MANAGER", manager: "Isabel Moreau", team: "Customer Success", tz: "Europe/London", bday: [11, 19], start: "2018-04-03" },
    { name: "Sam Rivera", title: "Customer Success Manager", manager: "Liam Murphy", team: "Customer Success", tz: "America/New_York", bday: 19, start: "2022-05-02" },
    { name: "Olivia Bennett", title: "Customer Success Manager", manager: "Liam Murphy", team: "Customer Success", tz: "Europe/London", bday: [6, 24], start: [9, 4] },
    { name: "Diego Fernández", title: "Support Engineer", manager: "Liam Murphy", team: "Customer Success", tz: "America/Mexico_City", bday: [2, 28], start: "2021-11-08" },
    { name: "Ananya Iyer", title: "Support Engineer", manager: "Liam Murphy", team: "Customer Success", tz: "Asia/Kolkata", bday: 0, start: "2022-08-01" },
    { name: "Henry Walsh", title: "Account Manager", manager: "Liam Murphy", team: "Customer Success", tz: "America/New_York", bday: [8, 27], start: "2019-10-21" },
    { name: "Emma Larsen", title: "Onboarding Specialist", manager: "Liam Murphy", team: "Customer Success", tz: "Europe/Berlin", bday: [3, 19], start: "2023-11-06", celebrate: "PRIVATE" },
    { name: "Kwame Mensah", title: "Customer Success Manager", manager: "Liam Murphy", team: "Customer Success", tz: "Europe/London", bday: [10, 3], start: "2020-06-29" },
    { name: "Ruby Nguyen", title: "Support Specialist", manager: "Liam Murphy", team: "Customer Success", tz: "America/Los_Angeles", bday: [12, 5], start: [-45, 0] },
    { name: "Tariq Hassan", title: "Solutions Consultant", manager: "Liam Murphy", team: "Customer Success", tz: "Europe/Berlin", bday: [6, 16], start: "2021-04-12" },
  ],
};

/**
 * Whose PUBLIC birthday and work anniversary fall in the current month whenever the seed runs
 * (their specs above are days of the current month): the calendar's e2e looks for them.
 */
export const THIS_MONTH = { birthday: "Camila Torres", anniversary: "Grace Liu" } as const;

/** A second, small tenant to prove isolation; Sam Rivera belongs to both orgs. */
export const GLOBEX: DemoOrg = {
  name: "Globex",
  slug: "globex",
  timeZone: "Europe/Berlin",
  teams: ["Operations"],
  // biome-ignore format: one person per line reads as a table
  people: [
    { name: "Lukas Weber", title: "Managing Director", role: "MANAGER", team: "Operations", tz: "Europe/Berlin", bday: [4, 18], start: "2016-01-04" },
    { name: "Greta Berg", title: "HR Manager", role: "ADMIN", manager: "Lukas Weber", tz: "Europe/Berlin", bday: [9, 9], start: "2018-03-12" },
    { name: "Anna Schmidt", title: "Operations Lead", manager: "Lukas Weber", team: "Operations", tz: "Europe/Berlin", bday: 8, start: "2019-07-01" },
    { name: "Jonas Fischer", title: "Operations Analyst", manager: "Lukas Weber", team: "Operations", tz: "Europe/Berlin", bday: [2, 20], start: "2021-02-15" },
    { name: "Sam Rivera", title: "Consultant", manager: "Lukas Weber", team: "Operations", tz: "America/New_York", bday: 19, start: "2023-09-04" },
  ],
};

export const DEMO_ORGS = [NORTHWIND, GLOBEX];

/** Emails are firstname.lastname@<org-domain>, except that people keep their first org's email. */
export const EMAIL_DOMAINS: Record<string, string> = { northwind: "northwind.example", globex: "globex.example" };
export const SHARED_PEOPLE: Record<string, string> = { "Sam Rivera": "sam.rivera@northwind.example" };

/** The sign-ins used by the README and e2e. */
export const DEMO_LOGINS: DemoLogin[] = [
  { name: "Hannah Reyes", email: "hannah.reyes@northwind.example", role: "ADMIN", org: "northwind" },
  { name: "Marcus Chen", email: "marcus.chen@northwind.example", role: "MANAGER", org: "northwind" },
  { name: "Priya Patel", email: "priya.patel@northwind.example", role: "EMPLOYEE", org: "northwind" },
  { name: "Elena Novak", email: "elena.novak@northwind.example", role: "MANAGER", org: "northwind" },
  { name: "Daniel Okafor", email: "daniel.okafor@northwind.example", role: "MANAGER", org: "northwind" },
  { name: "Sam Rivera", email: "sam.rivera@northwind.example", role: "EMPLOYEE", org: "northwind" },
  { name: "Greta Berg", email: "greta.berg@globex.example", role: "ADMIN", org: "globex" },
];
