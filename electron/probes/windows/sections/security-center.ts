import type { InventorySection } from '../section';

function securityCenter(key: string, className: string, what: string): InventorySection {
  return {
    key,
    script: `Get-CimInstance -Namespace root/SecurityCenter2 -ClassName ${className} | Select-Object displayName, productState, timestamp, pathToSignedProductExe`,
    note: `${what} registered with Windows Security Center (root/SecurityCenter2 ${className}); no administrator rights needed. The namespace does not exist on Windows Server: the section fails there.`,
  };
}

export const avProductsSection = securityCenter('avProducts', 'AntiVirusProduct', 'Antivirus products');
export const spywareProductsSection = securityCenter('spywareProducts', 'AntiSpywareProduct', 'Anti-spyware products');
export const firewallProductsSection = securityCenter('firewallProducts', 'FirewallProduct', 'Firewalls of other vendors (Windows Firewall itself is not listed)');
