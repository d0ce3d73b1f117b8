# Packer template for the FaceClassifier image: stages the build with bake.sh on this machine, then runs
# `bake.sh install` on a Debian 12 builder instance. Usage (from the repository root):
#   packer init deploy/ami && packer build -var region=eu-west-1 deploy/ami/faceclassifier.pkr.hcl
# The same two bake.sh steps can be run by hand (deploy/README.md).
packer {
  required_plugins {
    amazon = {
      source  = "github.com/hashicorp/amazon"
      version = ">= 1.3.0"
    }
  }
}

variable "region" {
  type = string
}

variable "instance_type" {
  type    = string
  default = "c6i.large"
}

variable "stage_dir" {
  type    = string
  default = "artifacts/ami-stage"
}

source "amazon-ebs" "debian12" {
  region        = var.region
  instance_type = var.instance_type
  ssh_username  = "admin"
  ami_name      = "faceclassifier-{{timestamp}}"
  source_ami_filter {
    filters = {
      name                = "debian-12-amd64-*"
      architecture        = "x86_64"
      virtualization-type = "hvm"
      root-device-type    = "ebs"
    }
    owners      = ["136693071363"] # Debian's official images
    most_recent = true
  }
  metadata_options {
    http_endpoint = "enabled"
    http_tokens   = "required"
  }
  tags = {
    Name = "faceclassifier"
  }
}

build {
  sources = ["source.amazon-ebs.debian12"]

  provisioner "shell-local" {
    inline = ["deploy/ami/bake.sh stage ${var.stage_dir}"]
  }

  provisioner "file" {
    sources     = ["deploy/ami/bake.sh", "${var.stage_dir}/faceclassifier-root.tar.gz"]
    destination = "/tmp/"
  }

  provisioner "shell" {
    inline = ["sudo bash /tmp/bake.sh install /tmp/faceclassifier-root.tar.gz", "rm -f /tmp/bake.sh /tmp/faceclassifier-root.tar.gz"]
  }
}
