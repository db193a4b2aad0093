/**
 * IANA time zone names, as RouterOS's `/system clock set time-zone-name=` takes
 * them. Node's Intl.supportedValuesOf('timeZone') lists one name per zone, in
 * CLDR's spelling, which is often the older one (Europe/Kiev, Asia/Calcutta)
 * and leaves out every alias; RouterOS accepts both. So the names are
 * Intl's list plus the names below: every other zone and link name of the IANA
 * time zone database (release 2025b, public domain), except "Factory".
 * A test checks that RouterOS 7.22's own list is all accepted, and that ICU knows every name here.
 */

/** IANA zone and link names that Intl.supportedValuesOf('timeZone') does not list. */
export const IANA_NAMES_BEYOND_INTL: readonly string[] = [
  // Africa
  'Africa/Asmara', 'Africa/Timbuktu',
  // America
  'America/Argentina/Buenos_Aires', 'America/Argentina/Catamarca', 'America/Argentina/ComodRivadavia',
  'America/Argentina/Cordoba', 'America/Argentina/Jujuy', 'America/Argentina/Mendoza', 'America/Atikokan',
  'America/Atka', 'America/Ensenada', 'America/Fort_Wayne', 'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville', 'America/Knox_IN', 'America/Montreal', 'America/Nipigon', 'America/Nuuk',
  'America/Pangnirtung', 'America/Porto_Acre', 'America/Rainy_River', 'America/Rosario', 'America/Santa_Isabel',
  'America/Shiprock', 'America/Thunder_Bay', 'America/Virgin', 'America/Yellowknife',
  // Antarctica
  'Antarctica/South_Pole',
  // Asia
  'Asia/Ashkhabad', 'Asia/Choibalsan', 'Asia/Chongqing', 'Asia/Chungking', 'Asia/Dacca', 'Asia/Harbin',
  'Asia/Ho_Chi_Minh', 'Asia/Istanbul', 'Asia/Kashgar', 'Asia/Kathmandu', 'Asia/Kolkata', 'Asia/Macao',
  'Asia/Tel_Aviv', 'Asia/Thimbu', 'Asia/Ujung_Pandang', 'Asia/Ulan_Bator', 'Asia/Yangon',
  // Atlantic
  'Atlantic/Faroe', 'Atlantic/Jan_Mayen',
  // Australia
  'Australia/ACT', 'Australia/Canberra', 'Australia/Currie', 'Australia/LHI', 'Australia/NSW', 'Australia/North',
  'Australia/Queensland', 'Australia/South', 'Australia/Tasmania', 'Australia/Victoria', 'Australia/West',
  'Australia/Yancowinna',
  // Brazil
  'Brazil/Acre', 'Brazil/DeNoronha', 'Brazil/East', 'Brazil/West',
  // (no area)
  'CET', 'CST6CDT', 'Cuba', 'EET', 'EST', 'EST5EDT', 'Egypt', 'Eire', 'GB', 'GB-Eire', 'GMT', 'GMT+0', 'GMT-0',
  'GMT0', 'Greenwich', 'HST', 'Hongkong', 'Iceland', 'Iran', 'Israel', 'Jamaica', 'Japan', 'Kwajalein', 'Libya',
  'MET', 'MST', 'MST7MDT', 'NZ', 'NZ-CHAT', 'Navajo', 'PRC', 'PST8PDT', 'Poland', 'Portugal', 'ROC', 'ROK',
  'Singapore', 'Turkey', 'UCT', 'UTC', 'Universal', 'W-SU', 'WET', 'Zulu',
  // Canada
  'Canada/Atlantic', 'Canada/Central', 'Canada/Eastern', 'Canada/Mountain', 'Canada/Newfoundland', 'Canada/Pacific',
  'Canada/Saskatchewan', 'Canada/Yukon',
  // Chile
  'Chile/Continental', 'Chile/EasterIsland',
  // Etc
  'Etc/GMT', 'Etc/GMT+0', 'Etc/GMT+1', 'Etc/GMT+10', 'Etc/GMT+11', 'Etc/GMT+12', 'Etc/GMT+2', 'Etc/GMT+3',
  'Etc/GMT+4', 'Etc/GMT+5', 'Etc/GMT+6', 'Etc/GMT+7', 'Etc/GMT+8', 'Etc/GMT+9', 'Etc/GMT-0', 'Etc/GMT-1',
  'Etc/GMT-10', 'Etc/GMT-11', 'Etc/GMT-12', 'Etc/GMT-13', 'Etc/GMT-14', 'Etc/GMT-2', 'Etc/GMT-3', 'Etc/GMT-4',
  'Etc/GMT-5', 'Etc/GMT-6', 'Etc/GMT-7', 'Etc/GMT-8', 'Etc/GMT-9', 'Etc/GMT0', 'Etc/Greenwich', 'Etc/UCT', 'Etc/UTC',
  'Etc/Universal', 'Etc/Zulu',
  // Europe
  'Europe/Belfast', 'Europe/Kyiv', 'Europe/Nicosia', 'Europe/Tiraspol', 'Europe/Uzhgorod', 'Europe/Zaporozhye',
  // Mexico
  'Mexico/BajaNorte', 'Mexico/BajaSur', 'Mexico/General',
  // Pacific
  'Pacific/Chuuk', 'Pacific/Johnston', 'Pacific/Kanton', 'Pacific/Pohnpei', 'Pacific/Samoa', 'Pacific/Yap',
  // US
  'US/Alaska', 'US/Aleutian', 'US/Arizona', 'US/Central', 'US/East-Indiana', 'US/Eastern', 'US/Hawaii',
  'US/Indiana-Starke', 'US/Michigan', 'US/Mountain', 'US/Pacific', 'US/Samoa',
];

const BY_LOWER_CASE: ReadonlyMap<string, string> = new Map(
  [...Intl.supportedValuesOf('timeZone'), ...IANA_NAMES_BEYOND_INTL].map((z) => [z.toLowerCase(), z]),
);

/** The name as the IANA database spells it (case as typed does not matter), or undefined for a name it does not have. */
export function ianaTimeZone(name: string): string | undefined {
  return BY_LOWER_CASE.get(name.toLowerCase());
}
