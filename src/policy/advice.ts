/**
 * Advice shared by several rules: how to apply a risky change without
 * locking yourself out. Manual: Configuration Management > Safe Mode;
 * System > Scheduler; Backup and Export.
 */

export const SAFE_MODE = 'Apply it in Safe Mode (Ctrl+X in the terminal, or Safe Mode in WinBox): if your session drops, RouterOS undoes the changes.';

export const EXPORT_FIRST = 'Keep a copy of the configuration first (`/export file=before-change` and `/system backup save name=before-change`) and download it.';

export const SCHEDULED_REVERT = 'Where Safe Mode is not available (a script, an API client), schedule the way back before the change: `/system backup save name=before-change` then `/system scheduler add name=revert interval=10m on-event="/system backup load name=before-change.backup"`, and remove the scheduler once you are still connected.';

export const OTHER_PATH = 'Or work from a connection this change does not touch: the serial console, MAC WinBox on another port, or a second management address.';

export const MANAGEMENT_ACCEPT_FIRST = 'First add an accept rule for your management address above it: `/ip firewall filter add chain=input src-address=<your address> action=accept place-before=0`.';
