import type { LocalizedText } from '../schemas/common.ts';
import type { AccessKind, Level, Risk, Safeguard } from '../schemas/result.ts';

/**
 * What each kind of access means for a task (engine 2.0.0): its sensitivity and risk (tasks that
 * need the same access have the same sensitivity: catalogueProblems checks it), the trust steps a
 * handed-over task with this access needs, and the first concrete step, as the end of the task's
 * one sentence ("…: you give me delegated access to your mailbox; you keep your password").
 */
export type AccessProfile = {
  sensitivity: Level;
  risk: Risk;
  safeguards: readonly Safeguard[];
  firstStep: LocalizedText;
};

export const ACCESS: Record<AccessKind, AccessProfile> = {
  none: {
    sensitivity: 'low',
    risk: 'none',
    safeguards: [],
    firstStep: {
      nl: 'een korte briefing is genoeg, ik werk met mijn eigen tools',
      en: 'a short brief is all I need, I work with my own tools',
    },
  },
  'shared-files': {
    sensitivity: 'low',
    risk: 'none',
    safeguards: [],
    firstStep: {
      nl: 'je deelt alleen de documenten of mappen die ik ervoor nodig heb',
      en: 'you share only the documents or folders I need for it',
    },
  },
  'time-tracking': {
    sensitivity: 'low',
    risk: 'none',
    safeguards: [],
    firstStep: {
      nl: 'je geeft me toegang tot je urenregistratie, je agenda is de bron',
      en: 'you give me access to your time tracking, with your calendar as the source',
    },
  },
  analytics: {
    sensitivity: 'low',
    risk: 'none',
    safeguards: [],
    firstStep: {
      nl: 'je geeft me leesrechten op je statistieken, meer niet',
      en: 'you give me read-only access to your statistics, nothing more',
    },
  },
  calendar: {
    sensitivity: 'medium',
    risk: 'none',
    safeguards: ['delegated-access'],
    firstStep: {
      nl: 'je deelt je agenda met me met bewerkrechten, je wachtwoord houd je zelf',
      en: 'you share your calendar with me with edit rights, and you keep your password',
    },
  },
  mailbox: {
    sensitivity: 'medium',
    risk: 'none',
    safeguards: ['processing-agreement', 'delegated-access'],
    firstStep: {
      nl: 'je geeft me gedelegeerde toegang tot je mailbox, je wachtwoord houd je zelf',
      en: 'you give me delegated access to your mailbox, and you keep your password',
    },
  },
  phone: {
    sensitivity: 'medium',
    risk: 'none',
    safeguards: ['processing-agreement'],
    firstStep: {
      nl: 'je schakelt je zakelijke nummer op afgesproken tijden naar mij door',
      en: 'you forward your business number to me at the times we agree',
    },
  },
  social: {
    sensitivity: 'medium',
    risk: 'none',
    safeguards: ['delegated-access'],
    firstStep: {
      nl: 'je geeft me een eigen rol op je pagina of in je planningstool, je wachtwoord houd je zelf',
      en: 'you give me a role of my own on your page or in your scheduling tool, and you keep your password',
    },
  },
  website: {
    sensitivity: 'medium',
    risk: 'none',
    safeguards: ['delegated-access'],
    firstStep: {
      nl: 'je maakt op je website een eigen gebruiker voor me aan',
      en: 'you create a user account of my own on your website',
    },
  },
  meetings: {
    sensitivity: 'medium',
    risk: 'none',
    safeguards: ['processing-agreement'],
    firstStep: {
      nl: 'je nodigt me uit voor het overleg of deelt de opname, en we spreken af wat vertrouwelijk blijft',
      en: 'you invite me to the meeting or share the recording, and we agree on what stays confidential',
    },
  },
  accounts: {
    sensitivity: 'medium',
    risk: 'none',
    safeguards: ['password-manager'],
    firstStep: {
      nl: 'je deelt de inlog van de accounts die ik ervoor nodig heb via een wachtwoordmanager, nooit per mail of app',
      en: 'you share the logins I need for it through a password manager, never by email or chat',
    },
  },
  bookkeeping: {
    sensitivity: 'high',
    risk: 'none',
    safeguards: ['processing-agreement', 'delegated-access'],
    firstStep: {
      nl: 'je maakt in je boekhoudpakket een eigen gebruiker voor me aan, zonder betaalrechten',
      en: 'you create a user of my own in your bookkeeping software, without payment rights',
    },
  },
  'client-records': {
    sensitivity: 'high',
    risk: 'personal-data',
    safeguards: ['processing-agreement', 'delegated-access', 'read-only-first'],
    firstStep: {
      nl: 'eerst tekenen we de verwerkersovereenkomst, dan krijg ik een eigen gebruiker die eerst alleen mag meekijken',
      en: 'first we sign the data processing agreement, then I get a user of my own that starts read-only',
    },
  },
  'private-admin': {
    sensitivity: 'high',
    risk: 'personal-data',
    safeguards: ['password-manager', 'read-only-first'],
    firstStep: {
      nl: 'je deelt je post en papieren via een gedeelde map, en met je DigiD log je altijd zelf in',
      en: 'you share your post and papers through a shared folder, and you always log in with your DigiD yourself',
    },
  },
  bank: {
    sensitivity: 'high',
    risk: 'moves-money',
    safeguards: ['four-eyes', 'read-only-first'],
    firstStep: {
      nl: 'ik zet de betalingen klaar en jij keurt ze goed in je bankapp, betaalrechten krijg ik nooit',
      en: 'I prepare the payments and you approve them in your banking app; I never get the right to pay',
    },
  },
  passwords: {
    sensitivity: 'high',
    risk: 'passwords',
    safeguards: ['password-manager', 'read-only-first'],
    firstStep: {
      nl: 'we zetten samen een wachtwoordmanager op en ik zie alleen de kluizen die jij met me deelt',
      en: 'we set up a password manager together and I only see the vaults you share with me',
    },
  },
};

/** The trust steps of a handed-over task: its access's, plus approving for "partly" tasks. */
export function safeguardsFor(access: AccessKind, ownerApproves: boolean): Safeguard[] {
  const steps = [...ACCESS[access].safeguards];
  if (ownerApproves) steps.push('approval-step');
  return steps;
}
